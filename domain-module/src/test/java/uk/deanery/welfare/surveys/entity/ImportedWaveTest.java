package uk.deanery.welfare.surveys.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.support.Fixtures;
import uk.deanery.welfare.surveys.SurveyFixtures;

/** A past round recorded from a file: never open, linked, taking cohorts and responses only as an import gives them. */
class ImportedWaveTest {

    private static final LocalDate HELD_ON = LocalDate.of(2021, 7, 20);
    private static final Instant HELD_AT = Instant.parse("2021-07-20T00:00:00Z");
    private static final Answers GIVEN = Answers.of(Map.of("ANXIETY", "4"));

    private final Programme imt = Fixtures.programme("YH-IMT", "IMT");
    private final Cohort cohort2021 = Fixtures.cohort(imt, 2021);
    private final Wave wave = Wave.imported(
            "TEST-ALL:v1:FOLLOW_UP:1:2021-07-20",
            WaveTest.published(),
            List.of(cohort2021),
            WaveKind.FOLLOW_UP,
            1,
            HELD_ON);

    @Test
    void anImportedWaveIsLinkedNamedForItsRoundAndNeverOpen() {
        assertThat(wave.isImported()).isTrue();
        assertThat(wave.isLinked()).isTrue();
        assertThat(wave.getTitle()).isEqualTo("Imported: TEST-ALL v1, follow-up after rotation 1, 2021-07-20");
        assertThat(wave.getImportKey()).contains("TEST-ALL:v1:FOLLOW_UP:1:2021-07-20");
        assertThat(wave.isOpenOn(HELD_ON)).isFalse();
        assertThat(wave.isClosedOn(HELD_ON.minusDays(1))).isTrue();
    }

    @Test
    void aRetiredInstrumentMayBeImportedAgainstButADraftMayNot() {
        Instrument retired = WaveTest.published();
        retired.retire();

        assertThat(Wave.imported("k", retired, List.of(cohort2021), WaveKind.PILOT, null, HELD_ON)
                        .getInstrument())
                .isSameAs(retired);
        assertThatThrownBy(() -> Wave.imported(
                        "k", SurveyFixtures.everyItemType(), List.of(cohort2021), WaveKind.PILOT, null, HELD_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a draft");
    }

    @Test
    void onlyAnImportedWaveTakesCohortsLater() {
        Cohort cohort2020 = Fixtures.cohort(imt, 2020);

        assertThat(wave.includeImportedCohort(cohort2020)).isTrue();
        assertThat(wave.includeImportedCohort(cohort2020)).as("already there").isFalse();
        assertThat(wave.includes(cohort2020)).isTrue();
        Wave live = ParticipationTest.wave(true);
        assertThatThrownBy(() -> live.includeImportedCohort(cohort2020)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPseudonymousRespondentIsDescribedByTheirAnswersAndATraineeByTheirRecord() {
        Answers described = GIVEN.with(Response.PMQ_REGION_ITEM, "UK").with(Response.FIRST_NHS_POST_ITEM, "yes");
        Response pseudonymous = Response.imported(wave, cohort2021, null, "IMG21-002", described, HELD_AT);
        assertThat(pseudonymous.isImg()).contains(false);
        assertThat(pseudonymous.isFirstNhsPost()).contains(true);
        assertThat(pseudonymous.getIndicators()).isEqualTo(wave.getInstrument().indicators(described));

        Response unknown = Response.imported(wave, cohort2021, null, "IMG21-003", GIVEN, HELD_AT);
        assertThat(unknown.isImg()).as("not asked").isEmpty();
        assertThat(unknown.isFirstNhsPost()).isEmpty();

        Participation participation =
                new Participation(wave, Fixtures.trainee("1000001", "Nigeria"), cohort2021, HELD_AT);
        assertThat(Response.imported(wave, cohort2021, participation, null, described, HELD_AT)
                        .isImg())
                .as("the trainee record wins over the answers")
                .contains(true);
    }

    @Test
    void anImportedResponseBelongsToATraineeOrAPseudonymNeverBothAndIsSubmitted() {
        Response pseudonymous = Response.imported(wave, cohort2021, null, "IMG21-001", GIVEN, HELD_AT);
        Participation participation =
                new Participation(wave, Fixtures.trainee("1000001", "Nigeria"), cohort2021, HELD_AT);

        assertThat(pseudonymous.getRespondentId()).contains("IMG21-001");
        assertThat(pseudonymous.getParticipation()).isEmpty();
        assertThat(pseudonymous.isSubmitted()).isTrue();
        assertThat(pseudonymous.getSubmittedAt()).contains(HELD_AT);
        assertThat(Response.imported(wave, cohort2021, participation, null, GIVEN, HELD_AT)
                        .getParticipation())
                .contains(participation);
        assertThatThrownBy(() -> Response.imported(wave, cohort2021, participation, "IMG21-001", GIVEN, HELD_AT))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Response.imported(wave, cohort2021, null, null, GIVEN, HELD_AT))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Response.imported(
                        wave, cohort2021, null, "x".repeat(Response.RESPONDENT_ID_MAX + 1), GIVEN, HELD_AT))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anImportedResponseIsInTheCohortOfItsRow() {
        Cohort cohort2020 = Fixtures.cohort(imt, 2020);
        wave.includeImportedCohort(cohort2020);
        Participation in2021 = new Participation(wave, Fixtures.trainee("1000001", "Nigeria"), cohort2021, HELD_AT);

        assertThat(Response.imported(wave, cohort2020, null, "a".repeat(Response.RESPONDENT_ID_MAX), GIVEN, HELD_AT)
                        .getCohort())
                .contains(cohort2020);
        assertThatThrownBy(() -> Response.imported(wave, cohort2020, in2021, null, GIVEN, HELD_AT))
                .as("the trainee was invited through 2021")
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("cohort"));
        assertThatThrownBy(() -> Response.imported(wave, Fixtures.cohort(imt, 2019), null, "IMG21-001", GIVEN, HELD_AT))
                .as("a cohort the round does not cover")
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void liveAndImportedResponsesDoNotMix() {
        Wave live = ParticipationTest.wave(true);

        assertThatThrownBy(() ->
                        Response.imported(live, ParticipationTest.cohortOf(live), null, "IMG21-001", GIVEN, HELD_AT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("only an imported wave");
        Participation participation =
                new Participation(wave, Fixtures.trainee("1000001", "Nigeria"), cohort2021, HELD_AT);
        assertThatThrownBy(() -> Response.submitted(wave, participation, GIVEN, HELD_AT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("imported");
    }

    @Test
    void historyMayLeaveRequiredItemsBlankButNotBreakTheItemsRules() {
        Instrument instrument = WaveTest.published();

        assertThat(instrument.validate(GIVEN)).isNotEmpty();
        assertThat(instrument.validateGiven(GIVEN)).isEmpty();
        assertThat(instrument.validateGiven(Answers.of(Map.of("ANXIETY", "6", "MOOD", "3"))))
                .extracting(AnswerProblem::itemCode)
                .containsExactly("ANXIETY", "MOOD");
    }
}
