package uk.deanery.welfare.surveys.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.support.Fixtures;
import uk.deanery.welfare.trainees.entity.Trainee;

class ParticipationTest {

    static final Instant INVITED = Instant.parse("2025-07-01T08:00:00Z");
    static final Instant LATER = Instant.parse("2025-07-02T09:30:00.123456789Z");
    static final Instant LATEST = Instant.parse("2025-07-03T10:00:00Z");

    /** The trainee invited through the wave's (first) cohort. */
    static Participation invite(Wave wave, Trainee trainee, Instant at) {
        return new Participation(wave, trainee, cohortOf(wave), at);
    }

    static Cohort cohortOf(Wave wave) {
        return wave.getCohorts().iterator().next();
    }

    static Wave wave(boolean linked) {
        return new Wave(
                "Baseline",
                WaveTest.published(),
                List.of(Fixtures.cohort(Fixtures.programme("YH-IMT", "IMT"), 2025)),
                WaveKind.BASELINE,
                null,
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31),
                linked);
    }

    private final Participation participation = invite(wave(true), Fixtures.trainee("1000001", "Nigeria"), INVITED);

    @Test
    void anInvitationStartsAsInvited() {
        assertThat(participation.getStatus()).isEqualTo(ParticipationStatus.INVITED);
        assertThat(participation.getInvitedAt()).isEqualTo(INVITED);
        assertThat(participation.getStartedAt()).isEmpty();
        assertThat(participation.getSubmittedAt()).isEmpty();
        assertThat(participation.hasSubmitted()).isFalse();
    }

    @Test
    void startingKeepsTheFirstStartTruncatedToMicroseconds() {
        participation.start(LATER);
        participation.start(LATEST);

        assertThat(participation.getStatus()).isEqualTo(ParticipationStatus.STARTED);
        assertThat(participation.getStartedAt()).contains(Instant.parse("2025-07-02T09:30:00.123456Z"));
    }

    @Test
    void submittingAfterADraftKeepsTheStart() {
        participation.start(LATER);
        participation.submit(LATEST);

        assertThat(participation.getStatus()).isEqualTo(ParticipationStatus.SUBMITTED);
        assertThat(participation.getSubmittedAt()).contains(LATEST);
        assertThat(participation.getStartedAt()).contains(Instant.parse("2025-07-02T09:30:00.123456Z"));
    }

    @Test
    void submittingStraightAwayCountsAsStartedThen() {
        participation.submit(LATEST);

        assertThat(participation.getStartedAt()).contains(LATEST);
        assertThat(participation.hasSubmitted()).isTrue();
    }

    @Test
    void inAnAnonymousWaveOnlyTheDayIsKept() {
        Participation anonymous = invite(wave(false), Fixtures.trainee("1000002", "Nigeria"), INVITED);

        anonymous.submit(LATER);

        assertThat(anonymous.getStartedAt()).contains(Instant.parse("2025-07-02T00:00:00Z"));
        assertThat(anonymous.getSubmittedAt()).contains(Instant.parse("2025-07-02T00:00:00Z"));
    }

    @Test
    void aSecondSubmitIsRefused() {
        participation.submit(LATER);

        assertThatThrownBy(() -> participation.submit(LATEST)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.getField()).isEqualTo("response");
            assertThat(e.getReason()).isEqualTo("already submitted");
        });
        assertThat(participation.getSubmittedAt()).contains(Instant.parse("2025-07-02T09:30:00.123456Z"));
    }

    @Test
    void startingAfterSubmittingIsRefused() {
        participation.submit(LATER);

        assertThatThrownBy(() -> participation.start(LATEST)).isInstanceOf(ConflictException.class);
        assertThat(participation.getStatus()).isEqualTo(ParticipationStatus.SUBMITTED);
    }

    @Test
    void aTraineeIsInvitedThroughOneOfTheWavesCohorts() {
        Wave wave = wave(true);
        Cohort other = Fixtures.cohort(Fixtures.programme("YH-GP", "GP"), 2025);

        assertThat(participation.getCohort()).isPresent();
        assertThatThrownBy(() -> new Participation(wave, Fixtures.trainee("1000001", "Nigeria"), other, INVITED))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("cohort"));
        assertThatThrownBy(() -> new Participation(wave, Fixtures.trainee("1000001", "Nigeria"), null, INVITED))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void equalityIsWaveAndTrainee() {
        Wave wave = wave(true);
        var trainee = Fixtures.trainee("1000001", "Nigeria");
        assertThat(invite(wave, trainee, INVITED)).isEqualTo(invite(wave, trainee, LATER));
        assertThat(invite(wave, trainee, INVITED)).isNotEqualTo(invite(wave(true), trainee, INVITED));
    }
}
