package uk.deanery.welfare.interventions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.support.Fixtures;
import uk.deanery.welfare.trainees.entity.Trainee;

class SupportActivityTest {

    private static final Instant STARTS = Instant.parse("2026-09-10T17:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-09-10T18:00:00Z");
    private static final Instant BEFORE = STARTS.minusSeconds(86_400);
    private static final Instant DURING = STARTS.plusSeconds(600);
    private static final Instant AFTER = ENDS.plusSeconds(600);

    private final Programme imt = Fixtures.programme("YH-IMT", "IMT");
    private final Cohort imt2026 = Fixtures.cohort(imt, 2026);
    private final Cohort imt2025 = Fixtures.cohort(imt, 2025);

    private Trainee traineeIn(Cohort cohort, String gmc) {
        Trainee trainee = Fixtures.trainee(gmc, "Nigeria");
        trainee.enrol(cohort.getProgramme(), cohort, "IMT1", Fixtures.range("2026-08-05", null));
        return trainee;
    }

    private SupportActivity webinar(Integer capacity) {
        return new SupportActivity(
                ActivityKind.WEBINAR,
                "Getting started with the e-portfolio",
                null,
                STARTS,
                ENDS,
                null,
                "https://teams.example/portfolio",
                capacity,
                List.of(imt2026),
                List.of());
    }

    @Test
    void anActivityEndsAfterItStartsIsForAtLeastOneCohortAndHasASensibleCapacityAndLink() {
        assertThatThrownBy(() -> new SupportActivity(
                        ActivityKind.WEBINAR, "W", null, ENDS, STARTS, null, null, null, List.of(imt2026), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("endsAt"));
        assertThatThrownBy(() -> new SupportActivity(
                        ActivityKind.WEBINAR, "W", null, STARTS, ENDS, null, null, null, List.of(), List.of()))
                .hasMessageContaining("at least one cohort");
        assertThatThrownBy(() -> webinar(0)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new SupportActivity(
                        ActivityKind.WEBINAR,
                        "W",
                        null,
                        STARTS,
                        ENDS,
                        null,
                        "javascript:alert(1)",
                        null,
                        List.of(imt2026),
                        List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("link"));
        assertThatThrownBy(() -> new SupportActivity(
                        ActivityKind.WEBINAR, " ", null, STARTS, ENDS, null, null, null, List.of(imt2026), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("title"));
    }

    @Test
    void aTraineeOfTheCohortSignsUpOnceAndAnotherCohortsTraineeOnlyThroughAnAdmin() {
        SupportActivity webinar = webinar(null);
        Trainee mine = traineeIn(imt2026, "1000001");
        Trainee other = traineeIn(imt2025, "1000002");

        Attendance place = webinar.signUp(mine, BEFORE);
        assertThat(place.getStatus()).isEqualTo(AttendanceStatus.SIGNED_UP);
        assertThat(place.isAddedByAdmin()).isFalse();
        assertThatThrownBy(() -> webinar.signUp(mine, BEFORE)).hasMessageContaining("already signed up");
        assertThatThrownBy(() -> webinar.signUp(other, BEFORE)).hasMessageContaining("for other cohorts");

        Attendance added = webinar.addByAdmin(other, BEFORE);
        assertThat(added.isAddedByAdmin()).isTrue();
        assertThat(webinar.placesTaken()).isEqualTo(2);
    }

    @Test
    void aFullActivityTakesNobodyMoreUntilAPlaceIsGivenBack() {
        SupportActivity webinar = webinar(1);
        Trainee first = traineeIn(imt2026, "1000001");
        Trainee second = traineeIn(imt2026, "1000002");
        webinar.signUp(first, BEFORE);

        assertThatThrownBy(() -> webinar.signUp(second, BEFORE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is full: all 1 places are taken");
        assertThatThrownBy(() -> webinar.addByAdmin(second, BEFORE)).hasMessageContaining("is full");

        webinar.cancel(first, BEFORE);
        assertThat(webinar.attendanceOf(first).orElseThrow().getStatus()).isEqualTo(AttendanceStatus.CANCELLED);
        assertThat(webinar.signUp(second, BEFORE).getStatus()).isEqualTo(AttendanceStatus.SIGNED_UP);
        assertThatThrownBy(() -> webinar.describe("T", null, null, null, 0)).hasMessageContaining("capacity");
    }

    @Test
    void nobodySignsUpAfterItEndsNorCancelsOnceItHasStarted() {
        SupportActivity webinar = webinar(null);
        Trainee trainee = traineeIn(imt2026, "1000001");
        webinar.signUp(trainee, BEFORE);

        assertThatThrownBy(() -> webinar.cancel(trainee, DURING)).hasMessageContaining("has started");
        assertThatThrownBy(() -> webinar.signUp(traineeIn(imt2026, "1000002"), AFTER))
                .hasMessageContaining("has ended");
        assertThat(webinar.signUp(traineeIn(imt2026, "1000003"), DURING).getStatus())
                .as("joining a session already under way is fine")
                .isEqualTo(AttendanceStatus.SIGNED_UP);
    }

    @Test
    void attendanceIsRecordedOnlyOnceTheActivityHasStartedAndCoversTheCohortsTrainees() {
        SupportActivity webinar = webinar(null);
        Trainee signedUp = traineeIn(imt2026, "1000001");
        Trainee walkIn = traineeIn(imt2026, "1000002");
        Trainee stranger = traineeIn(imt2025, "1000003");
        webinar.signUp(signedUp, BEFORE);

        assertThatThrownBy(() -> webinar.recordAttendance(signedUp, true, BEFORE))
                .hasMessageContaining("has not happened yet");

        assertThat(webinar.recordAttendance(signedUp, false, AFTER).getStatus()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(webinar.recordAttendance(signedUp, true, AFTER).getStatus())
                .as("a tick can be corrected")
                .isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(webinar.recordAttendance(walkIn, true, AFTER).getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThatThrownBy(() -> webinar.recordAttendance(stranger, true, AFTER))
                .hasMessageContaining("not signed up and not in the activity's cohorts");
        assertThat(webinar.attendanceOf(signedUp).orElseThrow().getRecordedAt()).contains(AFTER);
    }

    @Test
    void anActivityCannotBeMovedToStartAfterAttendanceWasRecorded() {
        SupportActivity webinar = webinar(null);
        webinar.recordAttendance(traineeIn(imt2026, "1000001"), true, DURING);

        assertThatThrownBy(() -> webinar.schedule(AFTER, AFTER.plusSeconds(3600)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("startsAt"));
        webinar.schedule(STARTS.minusSeconds(3600), ENDS);
    }

    @Test
    void aGroupsMembersJoinAndLeaveWithinItsPeriodAndASessionHasNoMembers() {
        SupportActivity group = new SupportActivity(
                ActivityKind.PEER_MESSAGING_GROUP,
                "IMT 2026 peer group",
                null,
                Instant.parse("2026-08-01T08:00:00Z"),
                Instant.parse("2027-08-01T08:00:00Z"),
                null,
                null,
                null,
                List.of(imt2026),
                List.of());
        Trainee member = traineeIn(imt2026, "1000001");
        LocalDate today = LocalDate.of(2026, 11, 1);

        Attendance membership =
                group.recordMembership(member, LocalDate.of(2026, 8, 5), LocalDate.of(2026, 10, 1), today);
        assertThat(membership.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(membership.getJoinedOn()).contains(LocalDate.of(2026, 8, 5));
        assertThat(membership.getLeftOn()).contains(LocalDate.of(2026, 10, 1));

        assertThatThrownBy(() -> group.recordMembership(member, LocalDate.of(2026, 7, 1), null, today))
                .hasMessageContaining("before the group started");
        assertThatThrownBy(
                        () -> group.recordMembership(member, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), today))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("leftOn"));
        assertThatThrownBy(() -> group.recordMembership(member, LocalDate.of(2026, 12, 1), null, today))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> webinar(null).recordMembership(member, LocalDate.of(2026, 9, 10), null, today))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("has attendance, not members");
    }

    @Test
    void onlyPeerSupportersRunActivities() {
        Trainee senior = Fixtures.trainee("1000009", "India");
        SupportActivity webinar = webinar(null);

        assertThatThrownBy(() -> webinar.addSupporter(senior)).hasMessageContaining("is not a peer supporter");
        assertThat(senior.markPeerSupporter(true)).isTrue();
        webinar.addSupporter(senior);
        assertThat(webinar.isRunBy(senior)).isTrue();
        assertThat(senior.markPeerSupporter(true)).as("no change").isFalse();
    }

    @Test
    void kindsAndStatusesAreShownInWords() {
        assertThat(ActivityKind.QA_SESSION.label()).isEqualTo("Q&A session");
        assertThat(ActivityKind.BUDDY_SCHEME.isOngoing()).isTrue();
        assertThat(ActivityKind.WEBINAR.isOngoing()).isFalse();
        assertThat(AttendanceStatus.ABSENT.label()).isEqualTo("Signed up but absent");
    }
}
