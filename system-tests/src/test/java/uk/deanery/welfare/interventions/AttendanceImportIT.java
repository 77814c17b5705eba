package uk.deanery.welfare.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition.CohortRef;
import uk.deanery.welfare.interventions.boundary.AttendanceImport;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.interventions.entity.AttendanceImportReport;
import uk.deanery.welfare.interventions.entity.AttendanceProblem;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * Importing an activity's attendance in the container: a good file recorded through the activity's rules and
 * audited, a file with any bad row storing nothing and naming every problem, a second import of the same file changing
 * nothing, and only an admin or a peer supporter who runs the activity importing at all.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceImportIT {

    private static final String RECORD_ATTENDANCE = "RECORD_ATTENDANCE";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(AttendanceImportIT.class);
    }

    @Inject
    AttendanceImport attendanceImport;

    @Inject
    SupportActivities activities;

    @Inject
    TestData data;

    @Inject
    AuditLog audit;

    /** A peer supporter, another one, two trainees of the activity's cohort and one of another cohort. */
    private record Setting(
            String programme, String supporter, String other, String first, String second, String elsewhere) {}

    private Setting setting() {
        return Actors.runAsSystem(() -> {
            String programme = data.programme();
            return new Setting(
                    programme,
                    data.peerSupporter(programme, 2025),
                    data.peerSupporter(programme, 2025),
                    data.enrolledTrainee(programme, 2026),
                    data.enrolledTrainee(programme, 2026),
                    data.enrolledTrainee(programme, 2024));
        });
    }

    /** An activity for the 2026 cohort, under way since {@code daysAgo}, run by the setting's supporter. */
    private SupportActivity activity(Setting s, ActivityKind kind, int daysAgo) {
        Instant starts = Instant.now().minus(daysAgo, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS);
        return Actors.runAsSystem(() -> activities.create(new ActivityDefinition(
                kind,
                "Settling into your first rotation",
                null,
                starts,
                starts.plus(daysAgo + 30L, ChronoUnit.DAYS),
                null,
                null,
                null,
                List.of(new CohortRef(s.programme(), 2026)),
                List.of(s.supporter()))));
    }

    private AttendanceImportReport importAs(String gmc, SupportActivity activity, String csv) {
        return Actors.runAs(
                data.signedInTrainee(gmc),
                () -> attendanceImport.importAttendance(activity.getReference(), new StringReader(csv)));
    }

    private Optional<Attendance> attendanceOf(String gmc, SupportActivity activity) {
        return Actors.runAs(data.signedInTrainee(gmc), activities::myAttendance).stream()
                .filter(a -> a.getActivity().getReference().equals(activity.getReference()))
                .findFirst();
    }

    private List<AuditEntry> trail(SupportActivity activity) {
        return Actors.runAsSystem(() -> audit.entriesFor(SupportActivities.SUBJECT_ACTIVITY, activity.getReference()));
    }

    private long attendanceChanges(SupportActivity activity) {
        return trail(activity).stream()
                .filter(e -> e.getAction().equals(RECORD_ATTENDANCE))
                .count();
    }

    @Test
    void aGoodFileRecordsEachTraineesAttendanceAndAuditsEveryChangeAndTheImport() {
        Setting s = setting();
        SupportActivity webinar = activity(s, ActivityKind.WEBINAR, 0);
        Actors.runAs(data.signedInTrainee(s.first()), () -> activities.signUp(webinar.getReference()));

        AttendanceImportReport report = importAs(
                s.supporter(), webinar, "gmc_number,status\n" + s.first() + ",attended\n" + s.second() + ",Absent\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.recorded()).isEqualTo(2);
        assertThat(report.changed()).isZero();
        assertThat(report.unchanged()).isZero();
        assertThat(attendanceOf(s.first(), webinar)).map(Attendance::getStatus).contains(AttendanceStatus.ATTENDED);
        assertThat(attendanceOf(s.second(), webinar)).map(Attendance::getStatus).contains(AttendanceStatus.ABSENT);
        List<AuditEntry> trail = trail(webinar);
        assertThat(trail)
                .filteredOn(e -> e.getAction().equals(RECORD_ATTENDANCE))
                .extracting(e -> e.getChange().orElse(""))
                .containsExactlyInAnyOrder("SIGNED_UP -> ATTENDED", "none -> ABSENT");
        assertThat(trail)
                .filteredOn(e -> e.getAction().equals(AttendanceImport.ACTION_IMPORT))
                .singleElement()
                .satisfies(e -> assertThat(e.getChange()).contains("2 recorded, 0 changed, 0 unchanged"));
    }

    @Test
    void aFileWithBadRowsStoresNothingAndListsEveryProblem() {
        Setting s = setting();
        SupportActivity webinar = activity(s, ActivityKind.WEBINAR, 0);
        String unregistered = TestData.uniqueGmcNumber();

        AttendanceImportReport report = importAs(
                s.supporter(),
                webinar,
                "gmc_number,status,joined_on\n"
                        + s.first() + ",attended,\n" // row 2: fine on its own
                        + "12AB,attended,\n" // row 3: not a GMC number
                        + unregistered + ",attended,\n" // row 4: nobody registered with it
                        + s.elsewhere() + ",attended,\n" // row 5: neither signed up nor in the cohort
                        + s.second() + ",came,\n" // row 6: no such status
                        + s.first() + ",absent,\n" // row 7: the first trainee again
                        + TestData.uniqueGmcNumber() + ",attended,2026-09-01\n"); // row 8: a date for a session

        assertThat(report.isAccepted()).isFalse();
        assertThat(report.rows()).isZero();
        assertThat(report.problems())
                .extracting(AttendanceProblem::row, AttendanceProblem::column)
                .containsExactly(
                        tuple(3, "gmc_number"),
                        tuple(4, "gmc_number"),
                        tuple(5, "gmc_number"),
                        tuple(6, "status"),
                        tuple(7, "gmc_number"),
                        tuple(8, "joined_on"));
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.reason())
                .isNotBlank()
                .as("names no trainee")
                .doesNotContain("Okafor"));
        assertThat(attendanceOf(s.first(), webinar))
                .as("good row of a rejected file")
                .isEmpty();
        assertThat(attendanceChanges(webinar)).isZero();
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAuditsNoChange() {
        Setting s = setting();
        SupportActivity scheme = activity(s, ActivityKind.BUDDY_SCHEME, 20);
        LocalDate joined = LocalDate.now(DeaneryClock.ZONE).minusDays(10);
        String file = "gmc_number,status,joined_on,left_on\n" + s.first() + ",attended," + joined + ",\n" + s.second()
                + ",attended," + joined + "," + joined.plusDays(5) + "\n";
        assertThat(importAs(s.supporter(), scheme, file).recorded()).isEqualTo(2);
        long changesAfterFirstImport = attendanceChanges(scheme);
        long versionAfterFirstImport =
                attendanceOf(s.first(), scheme).orElseThrow().getVersion();

        AttendanceImportReport again = importAs(s.supporter(), scheme, file);

        assertThat(again.problems()).isEmpty();
        assertThat(again.recorded()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(attendanceChanges(scheme)).isEqualTo(changesAfterFirstImport);
        assertThat(attendanceOf(s.first(), scheme).orElseThrow().getVersion()).isEqualTo(versionAfterFirstImport);
        assertThat(attendanceOf(s.second(), scheme).orElseThrow().getLeftOn()).contains(joined.plusDays(5));
    }

    @Test
    void aLaterFileChangesOnlyWhatItSaysDifferently() {
        Setting s = setting();
        SupportActivity webinar = activity(s, ActivityKind.WEBINAR, 0);
        importAs(s.supporter(), webinar, "gmc_number,status\n" + s.first() + ",attended\n" + s.second() + ",absent\n");

        AttendanceImportReport report = Actors.runAsSystem(() -> attendanceImport.importAttendance(
                webinar.getReference(),
                new StringReader("gmc_number,status\n" + s.first() + ",attended\n" + s.second() + ",attended\n")));

        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(attendanceOf(s.second(), webinar)).map(Attendance::getStatus).contains(AttendanceStatus.ATTENDED);
        assertThat(trail(webinar))
                .filteredOn(e -> e.getAction().equals(RECORD_ATTENDANCE))
                .extracting(e -> e.getChange().orElse(""))
                .contains("ABSENT -> ATTENDED");
    }

    @Test
    void aPeerSupporterWhoDoesNotRunTheActivityIsRefusedAndNothingIsStored() {
        Setting s = setting();
        SupportActivity webinar = activity(s, ActivityKind.WEBINAR, 0);
        String file = "gmc_number,status\n" + s.first() + ",attended\n";

        assertThatThrownBy(() -> importAs(s.other(), webinar, file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importAs(s.first(), webinar, file))
                .as("a trainee of the activity's cohort")
                .isInstanceOf(AccessDeniedException.class);

        assertThat(attendanceOf(s.first(), webinar)).isEmpty();
        assertThat(trail(webinar)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AttendanceImport.ACTION_IMPORT);
            assertThat(e.getOutcome().name()).isEqualTo("DENIED");
        });
    }
}
