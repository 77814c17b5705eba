package uk.deanery.welfare.surveys.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.support.Fixtures;
import uk.deanery.welfare.surveys.SurveyFixtures;
import uk.deanery.welfare.surveys.entity.AnswerProblem;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;

/** Every entry point of the wave and response services asks the access policy first, before any database work. */
class SurveyServicesAccessTest {

    static class RefusingPolicy extends AccessPolicy {
        final Map<String, Set<Role>> asked = new LinkedHashMap<>();

        @Override
        public void requireRole(String action, Role... allowed) {
            asked.put(action, allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed));
            throw new AccessDeniedException(action);
        }
    }

    private final RefusingPolicy policy = new RefusingPolicy();
    private final WaveService waves = new WaveService();
    private final ResponseService responses = new ResponseService();

    {
        waves.access = policy;
        responses.access = policy;
    }

    private Set<Role> rolesFor(String action, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
        return policy.asked.get(action);
    }

    @Test
    void managingWavesIsForAdminsOnly() {
        Set<Role> admin = EnumSet.of(Role.ADMIN);
        WaveDefinition definition = new WaveDefinition(
                "Baseline",
                "IMG-INDUCTION",
                1,
                List.of(new WaveDefinition.CohortRef("YH-IMT", 2025)),
                WaveKind.BASELINE,
                null,
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31),
                true);
        assertThat(rolesFor(WaveService.ACTION_OPEN, () -> waves.open(definition)))
                .isEqualTo(admin);
        assertThat(rolesFor(WaveService.ACTION_CLOSE, () -> waves.close(1))).isEqualTo(admin);
        assertThat(rolesFor(WaveService.ACTION_RESPONSE_RATES, () -> waves.responseRates(1)))
                .isEqualTo(admin);
        assertThat(rolesFor(WaveService.ACTION_LIST_PARTICIPATIONS, () -> waves.participationsOf(1)))
                .isEqualTo(admin);
    }

    @Test
    void answeringIsForTrainees() {
        Set<Role> trainee = EnumSet.of(Role.TRAINEE);
        assertThat(rolesFor(WaveService.ACTION_LIST_MINE, waves::openWavesForMe))
                .isEqualTo(trainee);
        assertThat(rolesFor(ResponseService.ACTION_READ_ANSWERS, () -> responses.myAnswers(1)))
                .isEqualTo(trainee);
        assertThat(rolesFor(ResponseService.ACTION_READ_STATUS, () -> responses.hasSubmitted(1)))
                .isEqualTo(trainee);
        assertThat(rolesFor(ResponseService.ACTION_SAVE_DRAFT, () -> responses.saveDraft(1, Map.of())))
                .isEqualTo(trainee);
        assertThat(rolesFor(ResponseService.ACTION_SUBMIT, () -> responses.submit(1, Map.of())))
                .isEqualTo(trainee);
    }

    @Test
    void findingAWaveIsOpenToEveryRoleBeforeTheObjectCheck() {
        assertThat(rolesFor(WaveService.ACTION_READ, () -> waves.find(1))).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void aClosedWaveRefusesAnswersWithTheClosingDateAndAFutureOneWithTheOpeningDate() {
        Instrument instrument = SurveyFixtures.everyItemType();
        instrument.publish();
        LocalDate opens = LocalDate.of(2025, 7, 1);
        LocalDate closes = LocalDate.of(2025, 7, 31);
        Wave wave = new Wave(
                "Baseline",
                instrument,
                List.of(Fixtures.cohort(Fixtures.programme("YH-IMT", "IMT"), 2025)),
                WaveKind.BASELINE,
                null,
                opens,
                closes,
                true);

        ResponseService.requireOpen(wave, opens);
        ResponseService.requireOpen(wave, closes);
        assertThatThrownBy(() -> ResponseService.requireOpen(wave, closes.plusDays(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.getField()).isEqualTo("wave");
                    assertThat(e.getReason())
                            .isEqualTo("this survey closed on 2025-07-31; answers are no longer accepted");
                });
        assertThatThrownBy(() -> ResponseService.requireOpen(wave, opens.minusDays(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("opens on 2025-07-01");
        wave.closeNow(LocalDate.of(2025, 7, 10));
        assertThatThrownBy(() -> ResponseService.requireOpen(wave, LocalDate.of(2025, 7, 10)))
                .hasMessageContaining("closed on 2025-07-10");
    }

    @Test
    void rejectedAnswersNameTheItemsButNotWhatWasAnswered() {
        AnswersRejectedException rejected = new AnswersRejectedException(List.of(
                new AnswerProblem("HOURS", "'a hundred and fifty' is not a number"),
                new AnswerProblem("PROGRAMME", "is required")));

        assertThat(rejected.getMessage())
                .isEqualTo("2 answers need attention: HOURS, PROGRAMME")
                .doesNotContain("hundred");
        assertThat(rejected.getProblems()).hasSize(2);
        assertThat(rejected).isNotInstanceOf(ConflictException.class);
    }
}
