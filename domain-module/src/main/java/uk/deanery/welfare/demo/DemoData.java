package uk.deanery.welfare.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition.CohortRef;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.programmes.boundary.DirectorAppointment;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.roster.boundary.RosterImport;
import uk.deanery.welfare.roster.entity.RosterImportReport;
import uk.deanery.welfare.roster.entity.RosterProblem;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.supervision.boundary.SupervisorRegistration;
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * A fictional Yorkshire and Humber deanery with three programmes, loaded through the same services and roster import
 * that real data goes through, so the demo also exercises them. Every person, trust and site is invented.
 *
 * <p>Not transactional: each service call commits on its own, and each reference record is created only when it is
 * missing, so a load that failed halfway can simply be run again.
 */
@ApplicationScoped
public class DemoData {

    public static final String ROSTER = "/demo/roster.csv";
    /** The demo directors' appointments run from the start of the 2024 training year, open-ended. */
    static final LocalDate APPOINTED_FROM = LocalDate.of(2024, 8, 7);
    /** The Yorkshire and Humber IMG study's three rounds, respondent by respondent (see docs/study-fixture.md). */
    public static final String STUDY_ROUNDS = "/demo/study-rounds.csv";
    /**
     * The 2025 IMT intake's baseline and first follow-up, answered by name, so the exposure report has attendance to
     * compare: those who came to the portfolio webinar, and those who did not.
     */
    public static final String IMT_2025_ROUNDS = "/demo/imt-2025-rounds.csv";

    @Inject
    TraineeService trainees;

    @Inject
    ProgrammeService programmes;

    @Inject
    SupervisionService supervision;

    @Inject
    RosterImport rosterImport;

    @Inject
    ConcernService concerns;

    @Inject
    SurveyImport surveyImport;

    @Inject
    SupportActivities activities;

    @Inject
    Clock clock;

    /**
     * Loads the demo data unless there is already a trainee.
     *
     * @return whether anything was loaded
     * @throws IllegalStateException if the demo roster is rejected, naming every problem
     */
    public boolean loadIfEmpty() {
        if (trainees.count() > 0) {
            return false;
        }
        createReferenceData();
        RosterImportReport report = importRoster();
        if (report.hasProblems()) {
            throw new IllegalStateException("The demo roster " + ROSTER + " was rejected: "
                    + report.problems().stream().map(RosterProblem::toString).collect(Collectors.joining("; ")));
        }
        raiseConcerns();
        importRounds(STUDY_ROUNDS, true);
        importRounds(IMT_2025_ROUNDS, false);
        supportActivities();
        pastSupportFor2025Intake();
        return true;
    }

    /**
     * Peer support as the study ran it: Anjali Venkatesh (IMT 2024, signs in as peer1) runs an induction for the 2026
     * intake that has happened, with attendance ticked, and a messaging group with two members; a portfolio webinar is
     * coming up, where trainee3 and trainee6 have a place.
     */
    private void supportActivities() {
        String peer = "1000012";
        activities.markPeerSupporter(peer, true);
        List<CohortRef> imt2026 = List.of(new CohortRef("YH-IMT", 2026));
        SupportActivity induction = activities.create(new ActivityDefinition(
                ActivityKind.INDUCTION_SESSION,
                "Peer-led induction for the 2026 intake",
                "What the first rotation is like, from trainees who started last year.",
                london(LocalDate.of(2026, 8, 6), 17, 0),
                london(LocalDate.of(2026, 8, 6), 19, 0),
                "Education Centre, Northdale General Hospital",
                null,
                40,
                imt2026,
                List.of(peer)));
        for (String attended : List.of("1000001", "1000003", "1000006")) {
            activities.recordAttendance(induction.getReference(), attended, true);
        }
        activities.recordAttendance(induction.getReference(), "1000004", false);
        SupportActivity group = activities.create(new ActivityDefinition(
                ActivityKind.PEER_MESSAGING_GROUP,
                "IMT 2026 peer messaging group",
                "Questions answered by trainees a year or two ahead.",
                london(LocalDate.of(2026, 8, 1), 9, 0),
                london(LocalDate.of(2027, 8, 1), 9, 0),
                null,
                null,
                null,
                imt2026,
                List.of(peer)));
        activities.recordMembership(group.getReference(), "1000001", LocalDate.of(2026, 8, 5), null);
        activities.recordMembership(
                group.getReference(), "1000003", LocalDate.of(2026, 8, 5), LocalDate.of(2026, 10, 30));
        LocalDate inTwoWeeks = LocalDate.now(clock).plusDays(14);
        SupportActivity webinar = activities.create(new ActivityDefinition(
                ActivityKind.WEBINAR,
                "Your e-portfolio: a peer-led webinar",
                "Recording supervised learning events and preparing for your first review.",
                london(inTwoWeeks, 17, 30),
                london(inTwoWeeks, 18, 30),
                null,
                "https://teams.example/deanery/portfolio-webinar",
                60,
                imt2026,
                List.of(peer)));
        for (String place : List.of("1000003", "1000006")) {
            activities.addTrainee(webinar.getReference(), place);
        }
    }

    private static Instant london(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(DeaneryClock.ZONE).toInstant();
    }

    /**
     * The 2025 intake's first months of support, all run by peer1: an induction just after the baseline, the portfolio
     * webinar in October (ten came, three missed it) and a Q&amp;A in November (six came). Between the baseline and
     * the follow-up, so the exposure report splits the follow-up by them.
     */
    private void pastSupportFor2025Intake() {
        String peer = "1000012";
        List<CohortRef> imt2025 = List.of(new CohortRef("YH-IMT", 2025));
        List<String> cohort =
                new java.util.ArrayList<>(List.of("1000007", "1000008", "1000009", "1000010", "1000011", "1000029"));
        for (int gmc = 1000031; gmc <= 1000044; gmc++) {
            cohort.add(String.valueOf(gmc));
        }
        SupportActivity induction = pastSession(
                ActivityKind.INDUCTION_SESSION,
                "Peer-led induction for the 2025 intake",
                LocalDate.of(2025, 8, 7),
                "Education Centre, Northdale General Hospital",
                imt2025,
                peer);
        cohort.subList(0, 14).forEach(gmc -> activities.recordAttendance(induction.getReference(), gmc, true));
        SupportActivity webinar = pastSession(
                ActivityKind.WEBINAR,
                "Your e-portfolio: a peer-led webinar (2025 intake)",
                LocalDate.of(2025, 10, 15),
                null,
                imt2025,
                peer);
        cohort.subList(0, 10).forEach(gmc -> activities.recordAttendance(webinar.getReference(), gmc, true));
        cohort.subList(10, 13).forEach(gmc -> activities.recordAttendance(webinar.getReference(), gmc, false));
        SupportActivity qa = pastSession(
                ActivityKind.QA_SESSION,
                "Portfolio follow-up Q&A (2025 intake)",
                LocalDate.of(2025, 11, 12),
                null,
                imt2025,
                peer);
        cohort.subList(0, 6).forEach(gmc -> activities.recordAttendance(qa.getReference(), gmc, true));
    }

    private SupportActivity pastSession(
            ActivityKind kind, String title, LocalDate day, String place, List<CohortRef> cohorts, String supporter) {
        return activities.create(new ActivityDefinition(
                kind,
                title,
                null,
                london(day, 17, 30),
                london(day, 19, 0),
                place,
                place == null ? "https://teams.example/deanery/imt-peer-support" : null,
                null,
                cohorts,
                List.of(supporter)));
    }

    /**
     * So the reports have a past to show: the study's 2020 pilot and 2021 baseline and follow-up (as new cohorts), and
     * the 2025 intake's rounds.
     */
    private void importRounds(String resource, boolean createCohorts) {
        try (InputStream csv = DemoData.class.getResourceAsStream(resource)) {
            if (csv == null) {
                throw new IllegalStateException("The demo rounds " + resource + " are missing from the classpath");
            }
            SurveyImportReport report = surveyImport.importFile(
                    BuiltInInstruments.IMG_INDUCTION_CODE,
                    1,
                    createCohorts,
                    new InputStreamReader(csv, StandardCharsets.UTF_8),
                    new ImportProgress());
            if (!report.isAccepted()) {
                throw new IllegalStateException("The demo rounds " + resource + " were rejected: "
                        + report.problems().stream()
                                .map(SurveyImportProblem::toString)
                                .collect(Collectors.joining("; ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A few concerns that show who sees what: trainee3 (supervised by supervisor1) shares one with her supervisor
     * and keeps one for the deanery; trainee4 cannot reach supervisor2, which supervisor2 never sees.
     */
    private void raiseConcerns() {
        concerns.raise(new ConcernSubmission(
                "1000003",
                "E_PORTFOLIO",
                "I am not sure how to record my first supervised learning events in the e-portfolio.",
                ConcernSharing.SUPERVISOR_AND_DEANERY));
        concerns.raise(new ConcernSubmission(
                "1000003",
                "LIFE_IN_UK",
                "Finding somewhere to live near the hospital has been harder than I expected.",
                ConcernSharing.DEANERY_ONLY));
        concerns.raise(new ConcernSubmission(
                "1000004",
                "SUPERVISOR_ACCESS",
                "I have not managed to arrange a first meeting with my educational supervisor.",
                ConcernSharing.SUPERVISOR_AND_DEANERY));
    }

    private void createReferenceData() {
        if (programmes.findDeaneryByCode("YH").isEmpty()) {
            programmes.createDeanery("YH", "Yorkshire and Humber");
        }
        specialty("IMT", "Internal Medicine Training");
        specialty("GP", "General Practice");
        specialty("PSY", "Core Psychiatry");
        programme("YH-IMT", "Internal Medicine Training, Yorkshire and Humber", "IMT");
        programme("YH-GP", "General Practice, Yorkshire and Humber", "GP");
        programme("YH-PSY", "Core Psychiatry, Yorkshire and Humber", "PSY");

        trust("NDT", "Northdale Teaching Hospitals NHS Trust");
        trust("WCT", "Wolds and Coast NHS Foundation Trust");
        site("NDGH", "Northdale General Hospital", "NDT");
        site("SHI", "St Hilda's Infirmary, Northdale", "NDT");
        site("WCH", "Wolds Coast Hospital", "WCT");

        director("Helen", "Ashworth", "tpd1@deanery.example", "YH-IMT");
        director("Rajesh", "Menon", "tpd2@deanery.example", "YH-GP");
        director("Claire", "Oduya", "tpd3@deanery.example", "YH-PSY");

        supervisor("7000001", "Margaret", "Holloway", "supervisor1@deanery.example");
        supervisor("7000002", "David", "Okafor", "supervisor2@deanery.example");
        supervisor("7000003", "Sarah", "Lindqvist", "supervisor3@deanery.example");
        supervisor("7000004", "Imran", "Chaudhry", "supervisor4@deanery.example");
        supervisor("7000005", "Eleanor", "Whitcombe", "supervisor5@deanery.example");
    }

    private RosterImportReport importRoster() {
        try (InputStream csv = DemoData.class.getResourceAsStream(ROSTER)) {
            if (csv == null) {
                throw new IllegalStateException("The demo roster " + ROSTER + " is missing from the classpath");
            }
            return rosterImport.importRoster(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void specialty(String code, String name) {
        if (programmes.findSpecialtyByCode(code).isEmpty()) {
            programmes.createSpecialty(code, name);
        }
    }

    private void programme(String code, String name, String specialtyCode) {
        if (programmes.findProgrammeByCode(code).isEmpty()) {
            programmes.createProgramme(code, name, specialtyCode, "YH");
        }
    }

    private void trust(String code, String name) {
        if (programmes.findTrustByCode(code).isEmpty()) {
            programmes.createTrust(code, name);
        }
    }

    private void site(String code, String name, String trustCode) {
        if (programmes.findSiteByCode(code).isEmpty()) {
            programmes.createSite(code, name, trustCode);
        }
    }

    private void director(String forenames, String surname, String email, String programmeCode) {
        if (programmes.directorsOf(programmeCode).stream()
                .noneMatch(d -> d.getEmail().equals(email))) {
            programmes.appoint(new DirectorAppointment(forenames, surname, email, programmeCode, APPOINTED_FROM));
        }
    }

    private void supervisor(String gmcNumber, String forenames, String surname, String email) {
        if (supervision.findSupervisor(gmcNumber).isEmpty()) {
            supervision.registerSupervisor(new SupervisorRegistration(gmcNumber, forenames, surname, email));
        }
    }
}
