package uk.deanery.welfare.supervision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.shared.Checks;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.supervision.entity.EducationalSupervisor;
import uk.deanery.welfare.supervision.entity.SupervisorAssignment;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.boundary.TraineeAudit;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/** Who supervises whom, and when. Supervisors are looked up by GMC number or by email, whichever is given. */
@ApplicationScoped
@Transactional
public class SupervisionService {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    TraineeService trainees;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    Clock clock;

    @Inject
    TraineeAudit trail;

    public EducationalSupervisor registerSupervisor(@NotNull @Valid SupervisorRegistration registration) {
        access.requireRole("register supervisor", Role.ADMIN);
        GmcNumber gmc = GmcNumber.of(registration.gmcNumber());
        if (findSupervisor(gmc.getDigits()).isPresent()) {
            throw new ConflictException("gmcNumber", "GMC number " + gmc + " is already a registered supervisor");
        }
        if (findSupervisor(registration.email()).isPresent()) {
            throw new ConflictException("email", registration.email().strip() + " is already a registered supervisor");
        }
        EducationalSupervisor supervisor =
                new EducationalSupervisor(gmc, registration.forenames(), registration.surname(), registration.email());
        em.persist(supervisor);
        return supervisor;
    }

    /**
     * Makes the supervisor responsible for the trainee over the period.
     *
     * @throws ConflictException on {@code period} when the trainee already has a supervisor for part of it
     */
    public SupervisorAssignment assign(
            @NotBlank String traineeGmcNumber, @NotBlank String supervisorGmcOrEmail, @NotNull DateRange period) {
        access.requireRole("assign supervisor", Role.ADMIN);
        Trainee trainee = trainees.require(traineeGmcNumber);
        EducationalSupervisor supervisor = requireSupervisor(supervisorGmcOrEmail);
        List<SupervisorAssignment> existing = lockAssignmentsOf(trainee);
        SupervisorAssignment assignment = SupervisorAssignment.assign(trainee, supervisor, period, existing);
        em.persist(assignment);
        trail.supervisorAssigned(trainee, assignmentsBefore(existing), assignment.forAudit());
        return assignment;
    }

    /** The trainee's assignments before a new one, for the audit trail: "supervisor 7000001 ...", or "none". */
    public static String assignmentsBefore(List<SupervisorAssignment> existing) {
        return existing.isEmpty()
                ? "none"
                : String.join(
                        "; ",
                        existing.stream().map(SupervisorAssignment::forAudit).toList());
    }

    /**
     * The trainee's assignments, read after bumping the trainee's version: two transactions assigning the same
     * trainee at once both bump it, so the later commit fails instead of both passing the overlap check.
     */
    public List<SupervisorAssignment> lockAssignmentsOf(@NotNull Trainee trainee) {
        Trainee managed = em.contains(trainee)
                ? trainee
                : trainees.require(trainee.getGmcNumber().getDigits());
        em.lock(managed, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return assignmentsOf(managed);
    }

    public Optional<EducationalSupervisor> supervisorOn(@NotBlank String traineeGmcNumber, @NotNull LocalDate day) {
        if (trainees.findByGmcNumber(traineeGmcNumber).isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(SupervisorAssignment.FIND_ON_DATE, EducationalSupervisor.class)
                .setParameter("gmc", traineeGmcNumber.strip())
                .setParameter("date", day)
                .getResultStream()
                .findFirst();
    }

    public Optional<EducationalSupervisor> supervisorOn(@NotNull Trainee trainee, @NotNull LocalDate day) {
        return supervisorOn(trainee.getGmcNumber().getDigits(), day);
    }

    /** An admin may ask about any supervisor; a supervisor only about themself. */
    public List<Trainee> traineesSupervisedOn(@NotNull EducationalSupervisor supervisor, @NotNull LocalDate day) {
        if (!linkedSupervisor().map(supervisor::equals).orElse(false)) {
            access.requireRole("list supervised trainees", Role.ADMIN);
        }
        return em.createNamedQuery(SupervisorAssignment.FIND_TRAINEES_ON_DATE, Trainee.class)
                .setParameter("supervisor", supervisor)
                .setParameter("date", day)
                .getResultList();
    }

    public List<Trainee> traineesSupervisedOn(@NotBlank String supervisorGmcOrEmail, @NotNull LocalDate day) {
        return traineesSupervisedOn(requireSupervisor(supervisorGmcOrEmail), day);
    }

    public List<SupervisorAssignment> assignmentsOf(@NotNull Trainee trainee) {
        traineeAccess.requireAccessTo("read supervisor assignments", trainee);
        return em.createNamedQuery(SupervisorAssignment.FIND_BY_TRAINEE, SupervisorAssignment.class)
                .setParameter("trainee", trainee)
                .getResultList();
    }

    public List<SupervisorAssignment> assignmentsOf(@NotBlank String traineeGmcNumber) {
        return assignmentsOf(trainees.require(traineeGmcNumber));
    }

    /** The supervisor record this account belongs to, if the caller signed in as a supervisor. */
    public Optional<EducationalSupervisor> linkedSupervisor() {
        Caller caller = access.caller();
        if (!caller.has(Role.SUPERVISOR)) {
            return Optional.empty();
        }
        return em.createNamedQuery(EducationalSupervisor.FIND_BY_EMAIL, EducationalSupervisor.class)
                .setParameter("email", caller.name())
                .getResultStream()
                .findFirst();
    }

    /** The caller, signed in as a supervisor, is assigned to this trainee today. */
    public boolean callerSupervisesToday(@NotNull Trainee trainee) {
        return SupervisorRelation.supervises(em, access.caller(), trainee, LocalDate.now(clock));
    }

    /** By 7-digit GMC number if the text is one, otherwise by email. */
    public Optional<EducationalSupervisor> findSupervisor(String gmcNumberOrEmail) {
        access.requireRole("find supervisor", Role.ADMIN);
        if (gmcNumberOrEmail == null || gmcNumberOrEmail.isBlank()) {
            return Optional.empty();
        }
        if (GmcNumber.isValid(gmcNumberOrEmail)) {
            return em.createNamedQuery(EducationalSupervisor.FIND_BY_GMC_NUMBER, EducationalSupervisor.class)
                    .setParameter("gmc", gmcNumberOrEmail.strip())
                    .getResultStream()
                    .findFirst();
        }
        return em.createNamedQuery(EducationalSupervisor.FIND_BY_EMAIL, EducationalSupervisor.class)
                .setParameter("email", Checks.normaliseEmail(gmcNumberOrEmail))
                .getResultStream()
                .findFirst();
    }

    public EducationalSupervisor requireSupervisor(String gmcNumberOrEmail) {
        return findSupervisor(gmcNumberOrEmail)
                .orElseThrow(() -> new NotFoundException("supervisor", gmcNumberOrEmail));
    }

    public List<EducationalSupervisor> supervisors() {
        access.requireRole("list supervisors", Role.ADMIN);
        return em.createNamedQuery(EducationalSupervisor.FIND_ALL, EducationalSupervisor.class)
                .getResultList();
    }
}
