package uk.deanery.welfare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.roster.boundary.RosterImport;
import uk.deanery.welfare.roster.entity.RosterImportReport;
import uk.deanery.welfare.roster.entity.RosterProblem;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class RosterImportIT {

    private static final String HEADER = "gmc_number,forenames,surname,email,pmq_country,first_nhs_post,programme,"
            + "intake_year,grade,start_date,end_date,supervisor\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(RosterImportIT.class);
    }

    @Inject
    RosterImport rosterImport;

    @Inject
    TraineeService trainees;

    @Inject
    SupervisionService supervision;

    @Inject
    TestData data;

    private static String row(String gmc, String country, String programme, String supervisor) {
        return gmc + ",Test,Trainee " + gmc + ",t" + gmc + "@roster.example," + country + ",yes," + programme
                + ",2026,IMT1,2026-08-05,," + supervisor + "\n";
    }

    @Test
    void goodFileCreatesTraineesMembershipsAndSupervisorAssignments() {
        String programme = data.programme();
        String supervisor = data.supervisor();
        String img = TestData.uniqueGmcNumber();
        String ukGraduate = TestData.uniqueGmcNumber();

        RosterImportReport report = rosterImport.importRoster(new StringReader(
                HEADER + row(img, "Sudan", programme, supervisor) + row(ukGraduate, "United Kingdom", programme, "")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        Trainee imported = trainees.findByGmcNumber(img).orElseThrow();
        assertThat(imported.isImg()).isTrue();
        assertThat(trainees.findByGmcNumber(ukGraduate).orElseThrow().isImg()).isFalse();
        assertThat(trainees.membershipsOf(img))
                .singleElement()
                .satisfies(m -> assertThat(m.getProgramme().getCode()).isEqualTo(programme));
        assertThat(supervision
                        .supervisorOn(img, LocalDate.of(2026, 9, 1))
                        .orElseThrow()
                        .getGmcNumber()
                        .getDigits())
                .isEqualTo(supervisor);
    }

    @Test
    void fileWithBadRowsReportsEveryOneAndWritesNothing() {
        String programme = data.programme();
        String good = TestData.uniqueGmcNumber();
        String unknownProgramme = TestData.uniqueGmcNumber();

        RosterImportReport report = rosterImport.importRoster(new StringReader(HEADER
                + row(good, "India", programme, "") // row 2: fine on its own
                + row("12AB", "India", programme, "") // row 3: bad GMC number
                + row(unknownProgramme, "India", "NO-SUCH-PROGRAMME", "") // row 4: unknown programme
                + row(TestData.uniqueGmcNumber(), "India", programme, "").replace("2026-08-05", "05/08/2026")));

        assertThat(report.isAccepted()).isFalse();
        assertThat(report.problems())
                .extracting(RosterProblem::row, RosterProblem::column)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "gmc_number"),
                        org.assertj.core.groups.Tuple.tuple(4, "programme"),
                        org.assertj.core.groups.Tuple.tuple(5, "start_date"));
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        assertThat(trainees.findByGmcNumber(good))
                .as("good row of a rejected file")
                .isEmpty();
        assertThat(trainees.findByGmcNumber(unknownProgramme)).isEmpty();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String programme = data.programme();
        String supervisor = data.supervisor();
        String gmc = TestData.uniqueGmcNumber();
        String file = HEADER + row(gmc, "Egypt", programme, supervisor);
        assertThat(rosterImport.importRoster(new StringReader(file)).created()).isEqualTo(1);
        long versionAfterFirstImport =
                trainees.findByGmcNumber(gmc).orElseThrow().getVersion();

        RosterImportReport again = rosterImport.importRoster(new StringReader(file));

        assertThat(again.problems()).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(trainees.findByGmcNumber(gmc).orElseThrow().getVersion()).isEqualTo(versionAfterFirstImport);
        assertThat(trainees.membershipsOf(gmc)).hasSize(1);
        assertThat(supervision.assignmentsOf(gmc)).hasSize(1);
    }

    @Test
    void changedDetailsInALaterFileUpdateTheTrainee() {
        String programme = data.programme();
        String gmc = TestData.uniqueGmcNumber();
        rosterImport.importRoster(new StringReader(HEADER + row(gmc, "Egypt", programme, "")));

        RosterImportReport report = rosterImport.importRoster(
                new StringReader(HEADER + row(gmc, "Egypt", programme, "").replace(",Test,", ",Renamed,")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(trainees.findByGmcNumber(gmc).orElseThrow().getForenames()).isEqualTo("Renamed");
    }

    @Inject
    AuditLog audit;

    private List<String> trail(String gmc) {
        return audit.entriesFor("Trainee", gmc).stream()
                .map(e -> e.getAction() + ": " + e.getChange().orElse(""))
                .toList();
    }

    @Test
    void everyRowThatGrantsOrMovesAccessIsAuditedWithBeforeAndAfterAndAReimportAddsNothing() {
        String programme = data.programme();
        String supervisor = data.supervisor();
        String gmc = TestData.uniqueGmcNumber();
        String file = HEADER + row(gmc, "Egypt", programme, supervisor);
        rosterImport.importRoster(new StringReader(file));

        assertThat(trail(gmc))
                .containsExactly(
                        "REGISTER_TRAINEE: none -> email t" + gmc + "@roster.example",
                        "ENROL_TRAINEE: none -> " + programme + " 2026 IMT1 from 2026-08-05",
                        "ASSIGN_SUPERVISOR: none -> supervisor " + supervisor + " from 2026-08-05");

        rosterImport.importRoster(new StringReader(file));
        assertThat(trail(gmc)).as("the same file again").hasSize(3);

        String moved = file.replace("t" + gmc + "@roster.example", "moved." + gmc + "@roster.example")
                .replace(",IMT1,", ",IMT2,");
        rosterImport.importRoster(new StringReader(moved));
        assertThat(trail(gmc))
                .hasSize(5)
                .contains(
                        "CHANGE_TRAINEE_DETAILS: email t" + gmc + "@roster.example -> email moved." + gmc
                                + "@roster.example",
                        "REVISE_MEMBERSHIP: " + programme + " 2026 IMT1 from 2026-08-05 -> " + programme
                                + " 2026 IMT2 from 2026-08-05");
    }

    @Test
    void aSupervisorAssignedByAnAdminIsAuditedWithTheAssignmentsBefore() {
        String programme = data.programme();
        String gmc = data.enrolledTrainee(programme, 2026);
        String first = data.supervisor();
        String second = data.supervisor();
        supervision.assign(gmc, first, DateRange.of(LocalDate.of(2026, 8, 2), LocalDate.of(2027, 2, 1)));
        supervision.assign(gmc, second, DateRange.startingOn(LocalDate.of(2027, 2, 2)));

        assertThat(trail(gmc))
                .filteredOn(line -> line.startsWith("ASSIGN_SUPERVISOR"))
                .containsExactly(
                        "ASSIGN_SUPERVISOR: none -> supervisor " + first + " 2026-08-02 to 2027-02-01",
                        "ASSIGN_SUPERVISOR: supervisor " + first + " 2026-08-02 to 2027-02-01 -> supervisor " + second
                                + " from 2027-02-02");
    }
}
