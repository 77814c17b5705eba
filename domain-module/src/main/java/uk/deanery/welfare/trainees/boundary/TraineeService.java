package uk.deanery.welfare.trainees.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.programmes.entity.Site;
import uk.deanery.welfare.shared.Checks;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.entity.Placement;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;
import uk.deanery.welfare.trainees.entity.Trainee;
import uk.deanery.welfare.trainees.entity.TraineeDetails;

/** Registers trainees and records where they train. GMC number and email each identify one trainee. */
@ApplicationScoped
@Transactional
public class TraineeService {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    ProgrammeService programmes;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    TraineeAudit trail;

    public Trainee register(@NotNull @Valid TraineeRegistration registration) {
        access.requireRole("register trainee", Role.ADMIN);
        GmcNumber gmc = GmcNumber.of(registration.gmcNumber());
        if (findByGmcNumber(gmc.getDigits()).isPresent()) {
            throw new ConflictException("gmcNumber", "GMC number " + gmc + " is already registered");
        }
        if (findByEmail(registration.email()).isPresent()) {
            throw new ConflictException("email", registration.email().strip() + " is already registered");
        }
        Trainee trainee = new Trainee(
                gmc,
                registration.forenames(),
                registration.surname(),
                registration.email(),
                registration.pmqCountry(),
                registration.firstNhsPost());
        em.persist(trainee);
        trail.registered(trainee);
        return trainee;
    }

    /**
     * Changes a registered trainee's details.
     *
     * @return whether anything changed
     */
    public boolean updateDetails(@NotNull @Valid TraineeRegistration details) {
        access.requireRole("update trainee", Role.ADMIN);
        Trainee trainee = require(details.gmcNumber());
        Optional<Trainee> emailOwner = findByEmail(details.email());
        if (emailOwner.isPresent() && !emailOwner.get().equals(trainee)) {
            throw new ConflictException("email", details.email().strip() + " belongs to another trainee");
        }
        TraineeDetails before = trainee.details();
        boolean changed = trainee.updateDetails(
                details.forenames(), details.surname(), details.email(), details.pmqCountry(), details.firstNhsPost());
        trail.detailsChanged(trainee, before);
        return changed;
    }

    public ProgrammeMembership enrol(@NotNull @Valid Enrolment enrolment) {
        access.requireRole("enrol trainee", Role.ADMIN);
        Trainee trainee = require(enrolment.gmcNumber());
        Programme programme = programmes
                .findProgrammeByCode(enrolment.programmeCode())
                .orElseThrow(() -> new NotFoundException("programme", enrolment.programmeCode()));
        Cohort cohort = programmes.findOrCreateCohort(programme, enrolment.intakeYear());
        ProgrammeMembership membership = trainee.enrol(programme, cohort, enrolment.grade(), enrolment.period());
        em.persist(membership);
        trail.enrolled(membership);
        return membership;
    }

    public Placement addPlacement(
            @NotBlank String gmcNumber, @NotBlank String siteCode, @NotBlank String grade, @NotNull DateRange period) {
        access.requireRole("add placement", Role.ADMIN);
        Trainee trainee = require(gmcNumber);
        Site site = programmes.findSiteByCode(siteCode).orElseThrow(() -> new NotFoundException("site", siteCode));
        Placement placement = trainee.placeAt(site, grade, period);
        em.persist(placement);
        return placement;
    }

    /** The trainee, if the caller may see them; someone they may not see is refused, not hidden. */
    public Optional<Trainee> findByGmcNumber(String gmcNumber) {
        if (!GmcNumber.isValid(gmcNumber)) {
            return Optional.empty();
        }
        return checked(em.createNamedQuery(Trainee.FIND_BY_GMC_NUMBER, Trainee.class)
                .setParameter("gmc", gmcNumber.strip())
                .getResultStream()
                .findFirst());
    }

    private Optional<Trainee> checked(Optional<Trainee> trainee) {
        trainee.ifPresent(t -> traineeAccess.requireAccessTo("read trainee", t));
        return trainee;
    }

    public Optional<Trainee> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return checked(em.createNamedQuery(Trainee.FIND_BY_EMAIL, Trainee.class)
                .setParameter("email", Checks.normaliseEmail(email))
                .getResultStream()
                .findFirst());
    }

    /** The trainee with this GMC number, or {@link NotFoundException}. */
    public Trainee require(String gmcNumber) {
        return findByGmcNumber(gmcNumber).orElseThrow(() -> new NotFoundException("trainee", gmcNumber));
    }

    public List<ProgrammeMembership> membershipsOf(@NotBlank String gmcNumber) {
        return List.copyOf(require(gmcNumber).getMemberships());
    }

    public List<ProgrammeMembership> membersOf(@NotNull Cohort cohort) {
        access.requireRole("list cohort members", Role.ADMIN);
        return em.createNamedQuery(ProgrammeMembership.FIND_BY_COHORT, ProgrammeMembership.class)
                .setParameter("cohort", cohort)
                .getResultList();
    }

    public long count() {
        access.requireRole("count trainees", Role.ADMIN);
        return em.createNamedQuery(Trainee.COUNT, Long.class).getSingleResult();
    }
}
