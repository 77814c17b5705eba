package uk.deanery.welfare.surveys.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.support.Fixtures;
import uk.deanery.welfare.surveys.SurveyFixtures;

class WaveTest {

    static final LocalDate OPENS = LocalDate.of(2025, 7, 1);
    static final LocalDate CLOSES = LocalDate.of(2025, 7, 31);

    private final Programme imt = Fixtures.programme("YH-IMT", "IMT");
    private final Cohort cohort2025 = Fixtures.cohort(imt, 2025);

    static Instrument published() {
        Instrument instrument = SurveyFixtures.everyItemType();
        instrument.publish();
        return instrument;
    }

    private Wave wave(WaveKind kind, Integer rotation, LocalDate opens, LocalDate closes) {
        return new Wave("Baseline 2025", published(), List.of(cohort2025), kind, rotation, opens, closes, true);
    }

    private static void assertInvalid(Runnable creation, String field, String reasonPart) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getReason()).contains(reasonPart);
        });
    }

    @Test
    void aWaveOnAPublishedInstrumentForACohortIsCreated() {
        Wave wave = wave(WaveKind.BASELINE, null, OPENS, CLOSES);

        assertThat(wave.getTitle()).isEqualTo("Baseline 2025");
        assertThat(wave.isLinked()).isTrue();
        assertThat(wave.isAnonymous()).isFalse();
        assertThat(wave.isClosedEarly()).isFalse();
        assertThat(wave.includes(cohort2025)).isTrue();
        assertThat(wave.includes(Fixtures.cohort(imt, 2026))).isFalse();
        assertThat(wave.getReference()).hasSize(36);
    }

    @Test
    void aDraftInstrumentIsRefused() {
        assertInvalid(
                () -> new Wave(
                        "Pilot",
                        SurveyFixtures.everyItemType(),
                        List.of(cohort2025),
                        WaveKind.PILOT,
                        null,
                        OPENS,
                        CLOSES,
                        true),
                "instrument",
                "must be published");
    }

    @Test
    void aRetiredInstrumentIsRefused() {
        Instrument retired = published();
        retired.retire();
        assertInvalid(
                () -> new Wave("Pilot", retired, List.of(cohort2025), WaveKind.PILOT, null, OPENS, CLOSES, true),
                "instrument",
                "must be published");
    }

    @Test
    void atLeastOneCohortIsRequired() {
        assertInvalid(
                () -> new Wave("Pilot", published(), List.of(), WaveKind.PILOT, null, OPENS, CLOSES, true),
                "cohorts",
                "at least one cohort");
    }

    @Test
    void aBlankOrOverlongTitleIsRefused() {
        assertInvalid(
                () -> new Wave(" ", published(), List.of(cohort2025), WaveKind.PILOT, null, OPENS, CLOSES, true),
                "title",
                "is required");
        assertInvalid(
                () -> new Wave(
                        "x".repeat(201), published(), List.of(cohort2025), WaveKind.PILOT, null, OPENS, CLOSES, true),
                "title",
                "at most 200");
    }

    @Test
    void closingBeforeOpeningIsRefusedButASingleDayIsAllowed() {
        assertInvalid(() -> wave(WaveKind.ANNUAL, null, OPENS, OPENS.minusDays(1)), "closesOn", "must not be before");
        assertThat(wave(WaveKind.ANNUAL, null, OPENS, OPENS).isOpenOn(OPENS)).isTrue();
    }

    @Test
    void datesAreRequired() {
        assertInvalid(() -> wave(WaveKind.ANNUAL, null, null, CLOSES), "opensOn", "is required");
        assertInvalid(() -> wave(WaveKind.ANNUAL, null, OPENS, null), "closesOn", "is required");
    }

    @Test
    void aFollowUpNeedsARotationOfAtLeastOne() {
        assertInvalid(() -> wave(WaveKind.FOLLOW_UP, null, OPENS, CLOSES), "followUpRotation", "is required");
        assertInvalid(() -> wave(WaveKind.FOLLOW_UP, 0, OPENS, CLOSES), "followUpRotation", "at least 1");
        assertThat(wave(WaveKind.FOLLOW_UP, 1, OPENS, CLOSES).getFollowUpRotation())
                .isEqualTo(1);
    }

    @Test
    void onlyAFollowUpHasARotation() {
        for (WaveKind kind : List.of(WaveKind.PILOT, WaveKind.BASELINE, WaveKind.ANNUAL)) {
            assertInvalid(() -> wave(kind, 1, OPENS, CLOSES), "followUpRotation", "only for a follow-up");
        }
    }

    @Test
    void aWaveIsOpenFromItsFirstToItsLastDayInclusive() {
        Wave wave = wave(WaveKind.BASELINE, null, OPENS, CLOSES);

        assertThat(wave.isOpenOn(OPENS.minusDays(1))).isFalse();
        assertThat(wave.isOpenOn(OPENS)).isTrue();
        assertThat(wave.isOpenOn(CLOSES)).isTrue();
        assertThat(wave.isOpenOn(CLOSES.plusDays(1))).isFalse();
        assertThat(wave.isClosedOn(OPENS.minusDays(1))).isFalse();
        assertThat(wave.isClosedOn(CLOSES.plusDays(1))).isTrue();
    }

    @Test
    void closingNowStopsAnswersFromTodayAndRecordsTheDay() {
        Wave wave = wave(WaveKind.BASELINE, null, OPENS, CLOSES);
        LocalDate today = OPENS.plusDays(5);

        wave.closeNow(today);

        assertThat(wave.isOpenOn(today)).isFalse();
        assertThat(wave.isOpenOn(today.minusDays(1))).isFalse();
        assertThat(wave.isClosedOn(today)).isTrue();
        assertThat(wave.getClosesOn()).isEqualTo(today);
        assertThat(wave.isClosedEarly()).isTrue();
    }

    @Test
    void closingOnTheOpeningDayOrBeforeKeepsTheDatesInOrder() {
        Wave wave = wave(WaveKind.BASELINE, null, OPENS, CLOSES);

        wave.closeNow(OPENS.minusDays(10));

        assertThat(wave.getClosesOn()).isEqualTo(OPENS);
        assertThat(wave.isOpenOn(OPENS)).isFalse();
    }

    @Test
    void aClosedWaveCannotBeClosedAgain() {
        Wave closedByAdmin = wave(WaveKind.BASELINE, null, OPENS, CLOSES);
        closedByAdmin.closeNow(OPENS);
        Wave ranOut = wave(WaveKind.BASELINE, null, OPENS, CLOSES);

        assertThatThrownBy(() -> closedByAdmin.closeNow(OPENS.plusDays(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already closed");
        assertThatThrownBy(() -> ranOut.closeNow(CLOSES.plusDays(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already closed on " + CLOSES);
    }

    @Test
    void anAnonymousWaveIsNotLinked() {
        Wave wave = new Wave("Anon", published(), List.of(cohort2025), WaveKind.ANNUAL, null, OPENS, CLOSES, false);
        assertThat(wave.isAnonymous()).isTrue();
    }
}
