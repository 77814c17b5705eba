package uk.deanery.welfare.systemtest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.programmes.boundary.DirectorAppointment;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.TrainingProgrammeDirector;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.supervision.boundary.SupervisorRegistration;
import uk.deanery.welfare.trainees.boundary.Enrolment;
import uk.deanery.welfare.trainees.boundary.TraineeRegistration;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * Builds each test's own data through the real services, with keys no other test (or the demo data) uses, so
 * tests never depend on one another or on what an earlier run left behind.
 */
@ApplicationScoped
public class TestData {

    @Inject
    ProgrammeService programmes;

    @Inject
    TraineeService trainees;

    @Inject
    SupervisionService supervision;

    @Inject
    SupportActivities activities;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    /**
     * A director of the programme whose appointment ran from 100 days ago until yesterday: as the service allows no
     * end in the past, the end is written as time passing would have left it. Returns their email.
     */
    @Transactional
    public String directorWhoseAppointmentEnded(String programmeCode) {
        LocalDate today = LocalDate.now(DeaneryClock.ZONE);
        String email = ("ended." + uniqueCode("d") + "@test.example").toLowerCase(java.util.Locale.ROOT);
        TrainingProgrammeDirector director =
                programmes.appoint(new DirectorAppointment("Ed", "Ended", email, programmeCode, today.minusDays(100)));
        em.createNativeQuery("UPDATE training_programme_director SET end_date = ?1 WHERE id = ?2")
                .setParameter(1, today.minusDays(1))
                .setParameter(2, director.getId())
                .executeUpdate();
        return email;
    }

    /**
     * Runs one SQL statement in a transaction of its own, for what a test cannot do through the services (time
     * passing: a date moved into the past). {@link java.time.Instant} parameters are bound as timestamps.
     */
    @Transactional
    public int sql(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof java.time.Instant at ? java.sql.Timestamp.from(at) : parameters[i];
            query.setParameter(i + 1, value);
        }
        return query.executeUpdate();
    }

    /** A director of the programme appointed from tomorrow; returns their email. */
    public String directorAppointedFromTomorrow(String programmeCode) {
        String email = ("future." + uniqueCode("d") + "@test.example").toLowerCase(java.util.Locale.ROOT);
        programmes.appoint(new DirectorAppointment(
                "Fay",
                "Future",
                email,
                programmeCode,
                LocalDate.now(DeaneryClock.ZONE).plusDays(1)));
        return email;
    }

    /**
     * Answers to the study questionnaire (IMG-INDUCTION 1) with every required item answered and no flag rule firing:
     * a new map each time, for the test to change what it needs (a flagged answer, a free-text detail).
     */
    public static java.util.Map<String, java.util.List<String>> studyAnswers() {
        java.util.Map<String, java.util.List<String>> answers = new java.util.HashMap<>();
        answers.put("SPECIALTY_GROUP", java.util.List.of("IMT"));
        answers.put("PMQ_REGION", java.util.List.of("INTERNATIONAL"));
        answers.put("FIRST_NHS_POST", java.util.List.of("yes"));
        answers.put("ANXIETY_START", java.util.List.of("2"));
        answers.put("COMMUNICATION_CONCERN", java.util.List.of("no"));
        answers.put("EPORTFOLIO_CONFIDENCE", java.util.List.of("4"));
        answers.put("SUPERVISOR_DIFFICULTY", java.util.List.of("no"));
        answers.put("LIFE_IN_UK", java.util.List.of("4"));
        answers.put("WORKLOAD", java.util.List.of("3"));
        return answers;
    }

    /** A GMC number outside the demo data's ranges (1xxxxxx trainees, 7xxxxxx supervisors). */
    public static String uniqueGmcNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(3_000_000, 7_000_000));
    }

    public static String uniqueCode(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** A new deanery running one new programme; returns the programme code. */
    public String programme() {
        String deanery = uniqueCode("D");
        String specialty = uniqueCode("S");
        String programme = uniqueCode("P");
        programmes.createDeanery(deanery, "Test deanery " + deanery);
        programmes.createSpecialty(specialty, "Test specialty " + specialty);
        programmes.createProgramme(programme, "Test programme " + programme, specialty, deanery);
        return programme;
    }

    public static TraineeRegistration traineeRegistration(String gmcNumber, String pmqCountry) {
        return new TraineeRegistration(
                gmcNumber, "Ada", "Okafor", "trainee." + gmcNumber + "@test.example", pmqCountry, true);
    }

    /** A registered trainee enrolled in the programme's cohort; returns the GMC number. */
    public String enrolledTrainee(String programmeCode, int intakeYear) {
        String gmc = uniqueGmcNumber();
        trainees.register(traineeRegistration(gmc, "Nigeria"));
        trainees.enrol(new Enrolment(gmc, programmeCode, intakeYear, "IMT1", LocalDate.of(intakeYear, 8, 2), null));
        return gmc;
    }

    /**
     * A registered trainee with the given email address (the one their Keycloak account carries, so that signing in
     * finds them), enrolled in the programme's cohort; returns the GMC number. The number is drawn above the national
     * dataset's ranges (3,000,000 and 5,000,000 up), so these trainees can join a database that holds it.
     */
    public String enrolledTrainee(String programmeCode, int intakeYear, String email) {
        String gmc = String.valueOf(ThreadLocalRandom.current().nextInt(6_000_000, 7_000_000));
        trainees.register(new TraineeRegistration(gmc, "Ada", "Okafor", email, "Nigeria", true));
        trainees.enrol(new Enrolment(gmc, programmeCode, intakeYear, "IMT1", LocalDate.of(intakeYear, 8, 2), null));
        return gmc;
    }

    /** A trainee enrolled in the programme's cohort and marked as a peer supporter; returns the GMC number. */
    public String peerSupporter(String programmeCode, int intakeYear) {
        String gmc = enrolledTrainee(programmeCode, intakeYear);
        activities.markPeerSupporter(gmc, true);
        return gmc;
    }

    /** The registered trainee, signed in as a trainee. */
    public Caller signedInTrainee(String gmcNumber) {
        return Caller.person(
                Actors.runAsSystem(() -> trainees.require(gmcNumber)).getEmail(), Set.of(Role.TRAINEE));
    }

    /** A registered educational supervisor; returns the GMC number. */
    public String supervisor() {
        String gmc = uniqueGmcNumber();
        supervision.registerSupervisor(
                new SupervisorRegistration(gmc, "Grace", "Hopper", "supervisor." + gmc + "@test.example"));
        return gmc;
    }
}
