package uk.deanery.welfare.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.SurveyOrigin;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.support.Fixtures;
import uk.deanery.welfare.surveys.SurveyFixtures;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Flag;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;
import uk.deanery.welfare.trainees.entity.Trainee;

class SurveyConcernsTest {

    private static final Instant NOW = Instant.parse("2025-07-02T09:30:00Z");
    private static final Map<String, ConcernCategory> CATEGORIES = Map.of(
            "SUPERVISOR_ACCESS", new ConcernCategory("SUPERVISOR_ACCESS", "Supervisor access", 40),
            "ANXIETY_STARTING", new ConcernCategory("ANXIETY_STARTING", "Anxiety", 10),
            "E_PORTFOLIO", new ConcernCategory("E_PORTFOLIO", "E-portfolio", 30),
            "LIFE_IN_UK", new ConcernCategory("LIFE_IN_UK", "Life in the UK", 50));

    private final Instrument instrument = SurveyFixtures.everyItemType();
    private final Trainee trainee = Fixtures.trainee("1000001", "Nigeria");

    private Wave wave() {
        instrument.publish();
        return new Wave(
                "Baseline 2025",
                instrument,
                List.of(Fixtures.cohort(Fixtures.programme("YH-IMT", "IMT"), 2025)),
                WaveKind.BASELINE,
                null,
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31),
                true);
    }

    @Test
    void eachFlagRaisesASurveyConcernNamingItemAndWaveButNotTheAnswer() {
        Wave wave = wave();
        Answers answers = Answers.none()
                .with("PROGRAMME", "IMT")
                .with("ANXIETY", "5")
                .with("SUPERVISOR", "yes")
                .with("SUPERVISOR_DETAIL", "My supervisor never answers emails")
                .with("TOPICS", "PORTFOLIO", "HOUSING");
        List<Flag> flags = instrument.flags(answers);

        List<WelfareConcern> concerns = SurveyConcerns.concernsFor(trainee, wave, 42L, flags, CATEGORIES::get, NOW);

        assertThat(concerns).hasSize(4);
        assertThat(concerns)
                .extracting(c -> c.getCategory().getCode())
                .containsExactly("ANXIETY_STARTING", "SUPERVISOR_ACCESS", "E_PORTFOLIO", "LIFE_IN_UK");
        assertThat(concerns).allSatisfy(c -> {
            assertThat(c.getSource()).isEqualTo(ConcernSource.SURVEY);
            assertThat(c.getTrainee()).isEqualTo(trainee);
            assertThat(c.getRaisedAt()).isEqualTo(NOW);
            assertThat(c.getDescription())
                    .startsWith("Raised by the answer to ")
                    .endsWith(" in Baseline 2025")
                    .doesNotContain("never answers")
                    .doesNotContain("yes")
                    .doesNotContain("PORTFOLIO")
                    .doesNotContain("HOUSING");
        });
        assertThat(concerns.get(1).getDescription()).isEqualTo("Raised by the answer to SUPERVISOR in Baseline 2025");
        assertThat(concerns)
                .as("each names its wave and item as a mapped value, in flag order")
                .extracting(c -> c.getSurveyOrigin().orElseThrow())
                .containsExactlyElementsOf(flags.stream()
                        .map(flag -> new SurveyOrigin(42L, flag.itemCode()))
                        .toList());
        assertThat(concerns).allSatisfy(c -> assertThat(c.getSharing()).isEqualTo(ConcernSharing.DEANERY_ONLY));
    }

    @Test
    void noFlagsRaiseNothing() {
        assertThat(SurveyConcerns.concernsFor(trainee, wave(), 42L, List.of(), CATEGORIES::get, NOW))
                .isEmpty();
    }

    @Test
    void aFlagPointingAtAMissingCategoryIsABrokenInstallation() {
        List<Flag> flags = List.of(new Flag("SUPERVISOR", "NO_SUCH_CATEGORY"));
        assertThatThrownBy(() -> SurveyConcerns.concernsFor(trainee, wave(), 42L, flags, CATEGORIES::get, NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NO_SUCH_CATEGORY");
    }
}
