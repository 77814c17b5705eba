package uk.deanery.welfare.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;
import uk.deanery.welfare.reporting.programmes.ProgrammeOverview;
import uk.deanery.welfare.reporting.programmes.ProgrammeSummary;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/** The test domain, like the run command, starts with welfare.demo-data=true: the demo roster went in by import. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class DemoDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(DemoDataIT.class);
    }

    @Inject
    TraineeService trainees;

    @Inject
    SupervisionService supervision;

    @Inject
    ProgrammeOverview overview;

    @Inject
    DemoData demoData;

    @Test
    void demoTraineesMatchTheDemoLogins() {
        Trainee trainee1 = trainees.findByEmail("trainee1@deanery.example").orElseThrow();
        assertThat(trainee1.getGmcNumber().getDigits()).isEqualTo("1000001");
        assertThat(trainee1.isImg()).isTrue();
        assertThat(trainees.membershipsOf("1000001"))
                .extracting(m -> m.getProgramme().getCode())
                .contains("YH-IMT");
        assertThat(supervision
                        .supervisorOn("1000001", LocalDate.now())
                        .orElseThrow()
                        .getEmail())
                .isEqualTo("supervisor1@deanery.example");

        assertThat(trainees.membershipsOf("1000002"))
                .extracting(m -> m.getProgramme().getCode())
                .doesNotContain("YH-IMT");
        assertThat(supervision.supervisorOn("1000002", LocalDate.now()))
                .map(s -> s.getEmail())
                .isNotEqualTo(java.util.Optional.of("supervisor1@deanery.example"));
    }

    @Test
    void demoCoversImtAndTwoOtherSpecialtiesWithSeveralCohortsOfImgsAndUkGraduates() {
        assertThat(overview.programmes()).extracting(ProgrammeSummary::getCode).contains("YH-IMT", "YH-GP", "YH-PSY");
        ProgrammeSummary imt = overview.programmes().stream()
                .filter(p -> p.getCode().equals("YH-IMT"))
                .findFirst()
                .orElseThrow();
        assertThat(imt.getCohorts()).hasSizeGreaterThanOrEqualTo(2);
        long imgs = imt.getCohorts().stream()
                .mapToLong(c -> c.getInternationalGraduates())
                .sum();
        assertThat(imgs).isPositive().isLessThan(imt.getTrainees());
    }

    @Test
    void loadingAgainIntoAPopulatedDatabaseDoesNothing() {
        long before = trainees.count();

        assertThat(demoData.loadIfEmpty()).isFalse();

        assertThat(trainees.count()).isEqualTo(before);
    }

    @Inject
    SupportActivities activities;

    @Test
    void aDemoPeerSupporterRunsAnInductionThatHappenedWithAttendanceAndAWebinarToCome() {
        Caller peer1 = Caller.person("trainee12@deanery.example", Set.of(Role.TRAINEE));
        List<SupportActivity> runs = Actors.runAs(peer1, activities::mine);
        assertThat(runs)
                .extracting(SupportActivity::getKind)
                .contains(ActivityKind.INDUCTION_SESSION, ActivityKind.PEER_MESSAGING_GROUP, ActivityKind.WEBINAR);
        SupportActivity induction = runs.stream()
                .filter(a -> a.getKind() == ActivityKind.INDUCTION_SESSION
                        && a.getTitle().contains("2026"))
                .findFirst()
                .orElseThrow();
        assertThat(induction.getAttendances())
                .filteredOn(a -> a.getStatus() == AttendanceStatus.ATTENDED)
                .hasSize(3);

        Caller trainee1 = Caller.person("trainee1@deanery.example", Set.of(Role.TRAINEE));
        assertThat(Actors.runAs(trainee1, activities::upcomingForMe))
                .extracting(SupportActivity::getKind)
                .contains(ActivityKind.WEBINAR);
        assertThat(Actors.runAs(trainee1, activities::myAttendance))
                .extracting(a -> a.getActivity().getKind())
                .contains(ActivityKind.INDUCTION_SESSION);
    }

    @Inject
    PrevalenceReports reports;

    @Test
    void theDemoFollowUpOfThe2025IntakeSplitsIntoThoseWhoCameToThePortfolioWebinarAndThoseWhoDidNot() {
        PrevalenceReport report = reports.run(new ReportFilter(
                "IMG-INDUCTION",
                null,
                null,
                List.of("YH-IMT"),
                null,
                List.of(2025),
                null,
                null,
                List.of(Dimension.WAVE, Dimension.EXPOSURE),
                null,
                null,
                ActivityKind.WEBINAR));

        String followUp = report.waves().stream()
                .filter(w -> w.kind().equals("FOLLOW_UP"))
                .findFirst()
                .orElseThrow()
                .ref();
        assertThat(report.cells())
                .filteredOn(c -> followUp.equals(c.group().wave())
                        && c.indicator().category().equals("E_PORTFOLIO"))
                .extracting(c -> c.group().exposure(), c -> c.figures().numerator(), c -> c.figures()
                        .denominator())
                .containsExactlyInAnyOrder(tuple("attended", 2L, 10L), tuple("notAttended", 7L, 10L));
    }

    @Inject
    ConcernService concerns;

    @Test
    void theDemoConcernsShowWhoSeesWhat() {
        Caller supervisor1 = Caller.person("supervisor1@deanery.example", Set.of(Role.SUPERVISOR));
        Caller supervisor2 = Caller.person("supervisor2@deanery.example", Set.of(Role.SUPERVISOR));
        Caller tpd1 = Caller.person("tpd1@deanery.example", Set.of(Role.TPD));

        assertThat(Actors.runAs(supervisor1, concerns::listForMyTrainees))
                .extracting(c -> c.getCategory().getCode())
                .contains("E_PORTFOLIO")
                .doesNotContain("LIFE_IN_UK", "SUPERVISOR_ACCESS");
        assertThat(Actors.runAs(supervisor2, concerns::listForMyTrainees))
                .extracting(c -> c.getCategory().getCode())
                .doesNotContain("SUPERVISOR_ACCESS");
        assertThat(Actors.runAs(tpd1, concerns::listForMyProgrammes))
                .extracting(c -> c.getCategory().getCode())
                .contains("SUPERVISOR_ACCESS", "E_PORTFOLIO")
                .doesNotContain("LIFE_IN_UK");
    }
}
