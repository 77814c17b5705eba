package uk.deanery.welfare.interventions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.support.Fixtures;
import uk.deanery.welfare.trainees.entity.Trainee;

class AttendanceRowTest {

    private static final Instant STARTS = Instant.parse("2026-08-05T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final LocalDate JOINED = LocalDate.of(2026, 9, 1);

    private final Cohort cohort = Fixtures.cohort(Fixtures.programme("YH-IMT", "IMT"), 2026);
    private final Trainee trainee = traineeIn(cohort);

    private static Trainee traineeIn(Cohort cohort) {
        Trainee trainee = Fixtures.trainee("1000001", "Nigeria");
        trainee.enrol(cohort.getProgramme(), cohort, "IMT1", Fixtures.range("2026-08-05", null));
        return trainee;
    }

    private SupportActivity activity(ActivityKind kind) {
        return new SupportActivity(
                kind,
                "Settling in",
                null,
                STARTS,
                STARTS.plusSeconds(200L * 86_400),
                null,
                null,
                null,
                List.of(cohort),
                List.of());
    }

    private static AttendanceRow row(boolean attended, LocalDate joined, LocalDate left) {
        return new AttendanceRow(2, GmcNumber.of("1000001"), attended, joined, left);
    }

    @Test
    void aSessionRowIsAlreadyInAttendanceWithTheSameStatus() {
        Attendance ticked = activity(ActivityKind.WEBINAR).recordAttendance(trainee, true, STARTS.plusSeconds(60));

        assertThat(row(true, null, null).isAlreadyIn(ticked)).isTrue();
        assertThat(row(false, null, null).isAlreadyIn(ticked)).isFalse();
    }

    @Test
    void aMembershipRowIsAlreadyInOnlyWithTheSameDays() {
        Attendance member = activity(ActivityKind.BUDDY_SCHEME).recordMembership(trainee, JOINED, null, TODAY);

        assertThat(row(true, JOINED, null).isAlreadyIn(member)).isTrue();
        assertThat(row(true, JOINED, TODAY).isAlreadyIn(member))
                .as("now with the day they left")
                .isFalse();
        assertThat(row(true, JOINED.plusDays(1), null).isAlreadyIn(member)).isFalse();
    }

    @Test
    void aPlaceSignedUpForHasNoAttendanceYet() {
        SupportActivity webinar = activity(ActivityKind.WEBINAR);
        Attendance place = webinar.signUp(trainee, STARTS.minusSeconds(60));

        assertThat(row(true, null, null).isAlreadyIn(place)).isFalse();
        assertThat(row(false, null, null).isAlreadyIn(place)).isFalse();
    }
}
