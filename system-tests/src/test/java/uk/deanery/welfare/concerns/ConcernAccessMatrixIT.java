package uk.deanery.welfare.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.boundary.ConcernCaseFile;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.boundary.SafetyShare;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * The access matrix of the concerns workflow: every concern operation, for every kind of caller, on a concern in
 * each sharing state and of each kind of category. The expected outcome of each cell is written out below from the
 * rules the deanery agreed (not derived from the code under test), and every refusal must be in the audit trail.
 *
 * <p>The people, all new for the test: a trainee and another trainee of the same programme; the trainee's
 * supervisor today, a supervisor whose assignment ended yesterday and one whose assignment starts tomorrow; the
 * director of the trainee's programme, one whose appointment to it starts tomorrow, one whose appointment ended
 * yesterday, and the director of another; an admin; and an account holding every role but
 * an admin's, with no person record at all.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernAccessMatrixIT {

    /** Who is asking. */
    enum Who {
        SELF,
        OTHER_TRAINEE,
        SUPERVISOR_TODAY,
        SUPERVISOR_BEFORE_ASSIGNMENT,
        SUPERVISOR_AFTER_ASSIGNMENT,
        DIRECTOR_OF_PROGRAMME,
        DIRECTOR_OF_ANOTHER,
        DIRECTOR_BEFORE_APPOINTMENT,
        DIRECTOR_AFTER_APPOINTMENT,
        ADMIN,
        NO_RECORD
    }

    /** A concern the trainee raised: its kind of category and who they chose to share it with. */
    enum Cell {
        WORKLOAD_SHARED("WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY),
        WORKLOAD_DEANERY_ONLY("WORKLOAD", ConcernSharing.DEANERY_ONLY),
        SUPERVISOR_ACCESS_SHARED("SUPERVISOR_ACCESS", ConcernSharing.SUPERVISOR_AND_DEANERY),
        SUPERVISOR_ACCESS_DEANERY_ONLY("SUPERVISOR_ACCESS", ConcernSharing.DEANERY_ONLY),
        BULLYING_SHARED("DISCRIMINATION_BULLYING", ConcernSharing.SUPERVISOR_AND_DEANERY),
        BULLYING_DEANERY_ONLY("DISCRIMINATION_BULLYING", ConcernSharing.DEANERY_ONLY);

        final String category;
        final ConcernSharing sharing;

        Cell(String category, ConcernSharing sharing) {
            this.category = category;
            this.sharing = sharing;
        }

        boolean shared() {
            return sharing == ConcernSharing.SUPERVISOR_AND_DEANERY;
        }

        boolean aboutSupervisor() {
            return !category.equals("WORKLOAD");
        }

        /** Routed to the programme director at raise: "I cannot reach my supervisor" always, shared ones about them. */
        boolean heldByDirector() {
            return category.equals("SUPERVISOR_ACCESS") || (aboutSupervisor() && shared());
        }
    }

    // The rules, as the issue states them.

    /** Who may read a concern: the trainee, the deanery, the supervisor today if shared and not about them, the
     * director of the programme if shared with the programme or routed to them. */
    static boolean mayRead(Who who, Cell cell) {
        return switch (who) {
            case SELF, ADMIN -> true;
            case SUPERVISOR_TODAY -> cell.shared() && !cell.aboutSupervisor();
            case DIRECTOR_OF_PROGRAMME -> cell.shared() || cell.heldByDirector();
            default -> false;
        };
    }

    static boolean works(Who who) {
        return who == Who.SUPERVISOR_TODAY || who == Who.DIRECTOR_OF_PROGRAMME || who == Who.ADMIN;
    }

    static boolean holds(Who who, Cell cell) {
        return switch (who) {
            case ADMIN -> true;
            case SUPERVISOR_TODAY -> cell.shared() && !cell.aboutSupervisor();
            case DIRECTOR_OF_PROGRAMME -> cell.heldByDirector();
            default -> false;
        };
    }

    /** An operation on one concern, and who may do it. */
    record Operation(String name, boolean changesAccess, Rule rule, Action action) {}

    interface Rule {
        boolean allows(Who who, Cell cell);
    }

    /** The three services a concern is worked through. */
    record Services(ConcernService concerns, ConcernWork work, ConcernCaseFile caseFile) {}

    interface Action {
        Object run(Services services, WelfareConcern concern);
    }

    static final List<Operation> OPERATIONS = List.of(
            new Operation("read", false, ConcernAccessMatrixIT::mayRead, (s, c) -> s.concerns()
                    .find(c.getReference())),
            new Operation("timeline", false, ConcernAccessMatrixIT::mayRead, (s, c) -> s.caseFile()
                    .timeline(c.getReference())),
            new Operation("safety overrides", false, ConcernAccessMatrixIT::mayRead, (s, c) -> s.work()
                    .overridesOf(c.getReference())),
            new Operation(
                    "who looked at it",
                    false,
                    (who, cell) -> who == Who.SELF || who == Who.ADMIN,
                    (s, c) -> s.caseFile().trail(c.getReference())),
            new Operation("add a note", false, (who, cell) -> works(who) && mayRead(who, cell), (s, c) -> s.work()
                    .addNote(c.getReference(), "called the trainee", false)),
            new Operation("take ownership", false, (who, cell) -> who == Who.ADMIN, (s, c) -> s.work()
                    .takeOwnership(c.getReference())),
            new Operation(
                    "safety override",
                    true,
                    (who, cell) -> who == Who.ADMIN || (who == Who.DIRECTOR_OF_PROGRAMME && mayRead(who, cell)),
                    (s, c) -> s.work()
                            .overrideForSafety(
                                    c.getReference(),
                                    new SafetyShare(
                                            "occupational-health."
                                                    + c.getReference().toLowerCase(Locale.ROOT) + "@test.example",
                                            "risk to patients"))),
            new Operation("change who may see it", true, (who, cell) -> who == Who.SELF, (s, c) -> s.concerns()
                    .changeSharing(
                            c.getReference(),
                            c.getSharing() == ConcernSharing.DEANERY_ONLY
                                    ? ConcernSharing.SUPERVISOR_AND_DEANERY
                                    : ConcernSharing.DEANERY_ONLY)),
            new Operation("acknowledge", true, ConcernAccessMatrixIT::holds, (s, c) -> s.work()
                    .acknowledge(c.getReference())),
            new Operation("change status", true, (who, cell) -> works(who) && mayRead(who, cell), (s, c) -> s.work()
                    .changeStatus(c.getReference(), ConcernStatus.IN_PROGRESS)));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ConcernAccessMatrixIT.class);
    }

    @Inject
    ConcernService concerns;

    @Inject
    ConcernWork work;

    @Inject
    ConcernCaseFile caseFile;

    @Inject
    TestData data;

    @Inject
    ProgrammeService programmes;

    @Inject
    SupervisionService supervision;

    @Inject
    TraineeService trainees;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    private String trainee;
    private final Map<Who, Caller> callers = new LinkedHashMap<>();

    @BeforeEach
    void people() {
        Actors.runAsSystem(() -> {
            LocalDate today = LocalDate.now(DeaneryClock.ZONE);
            String programme = data.programme();
            String other = data.programme();
            trainee = data.enrolledTrainee(programme, 2026);
            String otherTrainee = data.enrolledTrainee(programme, 2026);
            String before = data.supervisor();
            String now = data.supervisor();
            String after = data.supervisor();
            supervision.assign(trainee, after, DateRange.of(today.minusDays(200), today.minusDays(1)));
            supervision.assign(trainee, now, DateRange.of(today, today.plusDays(100)));
            supervision.assign(trainee, before, DateRange.startingOn(today.plusDays(101)));
            String director = ("director." + programme + "@test.example").toLowerCase(Locale.ROOT);
            String otherDirector = ("director." + other + "@test.example").toLowerCase(Locale.ROOT);
            programmes.createDirector("Tess", "Director", director, programme);
            programmes.createDirector("Olu", "Director", otherDirector, other);

            callers.put(Who.SELF, person(trainees.require(trainee).getEmail(), Role.TRAINEE));
            callers.put(Who.OTHER_TRAINEE, person(trainees.require(otherTrainee).getEmail(), Role.TRAINEE));
            callers.put(
                    Who.SUPERVISOR_TODAY,
                    person(supervision.requireSupervisor(now).getEmail(), Role.SUPERVISOR));
            callers.put(
                    Who.SUPERVISOR_BEFORE_ASSIGNMENT,
                    person(supervision.requireSupervisor(before).getEmail(), Role.SUPERVISOR));
            callers.put(
                    Who.SUPERVISOR_AFTER_ASSIGNMENT,
                    person(supervision.requireSupervisor(after).getEmail(), Role.SUPERVISOR));
            callers.put(Who.DIRECTOR_OF_PROGRAMME, person(director, Role.TPD));
            callers.put(Who.DIRECTOR_OF_ANOTHER, person(otherDirector, Role.TPD));
            callers.put(
                    Who.DIRECTOR_BEFORE_APPOINTMENT, person(data.directorAppointedFromTomorrow(programme), Role.TPD));
            callers.put(
                    Who.DIRECTOR_AFTER_APPOINTMENT, person(data.directorWhoseAppointmentEnded(programme), Role.TPD));
            callers.put(Who.ADMIN, person("admin.matrix@test.example", Role.ADMIN));
            callers.put(
                    Who.NO_RECORD,
                    Caller.person(
                            "nobody." + programme.toLowerCase(Locale.ROOT) + "@test.example",
                            Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.TPD)));
            return null;
        });
    }

    private static Caller person(String email, Role role) {
        return Caller.person(email.toLowerCase(Locale.ROOT), Set.of(role));
    }

    private Map<Cell, WelfareConcern> raiseOneOfEach() {
        Map<Cell, WelfareConcern> raised = new LinkedHashMap<>();
        for (Cell cell : Cell.values()) {
            raised.put(
                    cell,
                    Actors.runAs(
                            callers.get(Who.SELF),
                            () -> concerns.raise(
                                    new ConcernSubmission(trainee, cell.category, "matrix " + cell, cell.sharing))));
        }
        return raised;
    }

    private long refusalsOf(Caller caller) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM AuditEntry e WHERE e.actor = :actor AND e.outcome = :denied", Long.class)
                .setParameter("actor", caller.name())
                .setParameter("denied", AuditOutcome.DENIED)
                .getSingleResult();
    }

    /** "allowed" or "refused", or what else happened. */
    private String attempt(Caller caller, Function<Services, Object> operation) {
        long refusedBefore = refusalsOf(caller);
        try {
            Actors.runAs(caller, () -> operation.apply(new Services(concerns, work, caseFile)));
            return "allowed";
        } catch (AccessDeniedException refused) {
            return refusalsOf(caller) > refusedBefore ? "refused" : "refused without an audit entry";
        } catch (RuntimeException other) {
            return other.getClass().getSimpleName() + ": " + other.getMessage();
        }
    }

    @Test
    void everyOperationForEveryCallerOnEveryKindOfConcern() {
        List<String> wrong = new ArrayList<>();
        Map<Cell, WelfareConcern> shared = raiseOneOfEach();
        int cells = 0;
        for (Operation operation : OPERATIONS) {
            for (Who who : Who.values()) {
                Map<Cell, WelfareConcern> raised = operation.changesAccess() ? raiseOneOfEach() : shared;
                for (Cell cell : Cell.values()) {
                    String expected = operation.rule().allows(who, cell) ? "allowed" : "refused";
                    String actual =
                            attempt(callers.get(who), s -> operation.action().run(s, raised.get(cell)));
                    cells++;
                    if (!expected.equals(actual)) {
                        wrong.add(operation.name() + " by " + who + " on " + cell + ": expected " + expected + ", was "
                                + actual);
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(OPERATIONS.size() * Who.values().length * Cell.values().length);
        assertThat(wrong).as("cells that break the rules").isEmpty();
    }

    @Test
    void listingATraineesConcernsShowsEachCallerOnlyWhatTheyMayRead() {
        Map<Cell, WelfareConcern> raised = raiseOneOfEach();
        Set<Who> reachTheTrainee = Set.of(Who.SELF, Who.SUPERVISOR_TODAY, Who.DIRECTOR_OF_PROGRAMME, Who.ADMIN);
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            Caller caller = callers.get(who);
            if (!reachTheTrainee.contains(who)) {
                String actual = attempt(caller, s -> s.concerns().listForTrainee(trainee));
                if (!actual.equals("refused")) {
                    wrong.add("list by " + who + ": expected refused, was " + actual);
                }
                continue;
            }
            Set<String> listed = Actors.runAs(caller, () -> concerns.listForTrainee(trainee)).stream()
                    .map(WelfareConcern::getReference)
                    .collect(Collectors.toSet());
            for (Cell cell : Cell.values()) {
                boolean expected = mayRead(who, cell);
                if (listed.contains(raised.get(cell).getReference()) != expected) {
                    wrong.add("list by " + who + ": " + cell + (expected ? " missing" : " shown"));
                }
            }
        }
        assertThat(wrong).as("lists that break the rules").isEmpty();
    }

    @Test
    void theInboxesOfSupervisorsAndDirectorsHoldOnlyTheirOwnTraineesSharedConcerns() {
        Map<Cell, WelfareConcern> raised = raiseOneOfEach();
        Set<String> supervisorInbox =
                Actors.runAs(callers.get(Who.SUPERVISOR_TODAY), concerns::listForMyTrainees).stream()
                        .map(WelfareConcern::getReference)
                        .collect(Collectors.toSet());
        Set<String> directorInbox =
                Actors.runAs(callers.get(Who.DIRECTOR_OF_PROGRAMME), concerns::listForMyProgrammes).stream()
                        .map(WelfareConcern::getReference)
                        .collect(Collectors.toSet());
        for (Who formerOrFuture : List.of(Who.SUPERVISOR_BEFORE_ASSIGNMENT, Who.SUPERVISOR_AFTER_ASSIGNMENT)) {
            assertThat(Actors.runAs(callers.get(formerOrFuture), concerns::listForMyTrainees))
                    .as("inbox of the %s", formerOrFuture)
                    .isEmpty();
        }
        assertThat(Actors.runAs(callers.get(Who.DIRECTOR_OF_ANOTHER), concerns::listForMyProgrammes))
                .isEmpty();
        for (Cell cell : Cell.values()) {
            String reference = raised.get(cell).getReference();
            assertThat(supervisorInbox.contains(reference))
                    .as("supervisor's inbox has %s", cell)
                    .isEqualTo(mayRead(Who.SUPERVISOR_TODAY, cell));
            assertThat(directorInbox.contains(reference))
                    .as("director's inbox has %s", cell)
                    .isEqualTo(mayRead(Who.DIRECTOR_OF_PROGRAMME, cell));
        }
    }
}
