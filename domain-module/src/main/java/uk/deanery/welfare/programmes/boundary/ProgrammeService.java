package uk.deanery.welfare.programmes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Deanery;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.programmes.entity.Site;
import uk.deanery.welfare.programmes.entity.Specialty;
import uk.deanery.welfare.programmes.entity.TrainingProgrammeDirector;
import uk.deanery.welfare.programmes.entity.Trust;
import uk.deanery.welfare.shared.Checks;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;

/** Maintains the programme structure. Codes are matched case-insensitively because they are stored upper case. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    public static final String ACTION_APPOINT_DIRECTOR = "APPOINT_DIRECTOR";
    public static final String ACTION_END_DIRECTOR = "END_DIRECTOR_APPOINTMENT";
    public static final String SUBJECT_PROGRAMME = "Programme";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    public Deanery createDeanery(@NotBlank String code, @NotBlank String name) {
        access.requireRole("create deanery", Role.ADMIN);
        if (findDeaneryByCode(code).isPresent()) {
            throw new ConflictException("code", "deanery " + code + " already exists");
        }
        Deanery deanery = new Deanery(code, name);
        em.persist(deanery);
        return deanery;
    }

    public Specialty createSpecialty(@NotBlank String code, @NotBlank String name) {
        access.requireRole("create specialty", Role.ADMIN);
        if (findSpecialtyByCode(code).isPresent()) {
            throw new ConflictException("code", "specialty " + code + " already exists");
        }
        Specialty specialty = new Specialty(code, name);
        em.persist(specialty);
        return specialty;
    }

    public Programme createProgramme(
            @NotBlank String code,
            @NotBlank String name,
            @NotBlank String specialtyCode,
            @NotBlank String deaneryCode) {
        access.requireRole("create programme", Role.ADMIN);
        if (findProgrammeByCode(code).isPresent()) {
            throw new ConflictException("code", "programme " + code + " already exists");
        }
        Specialty specialty =
                findSpecialtyByCode(specialtyCode).orElseThrow(() -> new NotFoundException("specialty", specialtyCode));
        Deanery deanery =
                findDeaneryByCode(deaneryCode).orElseThrow(() -> new NotFoundException("deanery", deaneryCode));
        boolean alreadyRun = em.createQuery(
                                "SELECT COUNT(p) FROM Programme p WHERE p.deanery = :deanery AND p.specialty = :specialty",
                                Long.class)
                        .setParameter("deanery", deanery)
                        .setParameter("specialty", specialty)
                        .getSingleResult()
                > 0;
        if (alreadyRun) {
            throw new ConflictException("specialty", deaneryCode + " already runs a " + specialtyCode + " programme");
        }
        Programme programme = new Programme(code, name, specialty, deanery);
        em.persist(programme);
        return programme;
    }

    /** Cohorts appear as rosters arrive, so asking for one is enough to have it. */
    public Cohort findOrCreateCohort(@NotNull Programme programme, int intakeYear) {
        access.requireRole("create cohort", Role.ADMIN);
        Programme managed = em.contains(programme) ? programme : em.find(Programme.class, programme.getId());
        if (managed == null) {
            throw new NotFoundException("programme", programme.getCode());
        }
        return em.createNamedQuery(Cohort.FIND_BY_PROGRAMME_AND_YEAR, Cohort.class)
                .setParameter("programme", managed)
                .setParameter("intakeYear", intakeYear)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Cohort cohort = new Cohort(managed, intakeYear);
                    em.persist(cohort);
                    return cohort;
                });
    }

    public Cohort findOrCreateCohort(@NotBlank String programmeCode, int intakeYear) {
        Programme programme =
                findProgrammeByCode(programmeCode).orElseThrow(() -> new NotFoundException("programme", programmeCode));
        return findOrCreateCohort(programme, intakeYear);
    }

    public Trust createTrust(@NotBlank String code, @NotBlank String name) {
        access.requireRole("create trust", Role.ADMIN);
        if (findTrustByCode(code).isPresent()) {
            throw new ConflictException("code", "trust " + code + " already exists");
        }
        Trust trust = new Trust(code, name);
        em.persist(trust);
        return trust;
    }

    public Site createSite(@NotBlank String code, @NotBlank String name, @NotBlank String trustCode) {
        access.requireRole("create site", Role.ADMIN);
        if (findSiteByCode(code).isPresent()) {
            throw new ConflictException("code", "site " + code + " already exists");
        }
        Trust trust = findTrustByCode(trustCode).orElseThrow(() -> new NotFoundException("trust", trustCode));
        Site site = new Site(code, name, trust);
        em.persist(site);
        return site;
    }

    /** A director appointed from today, open-ended: the demo's and the tests' shorthand for {@link #appoint}. */
    public TrainingProgrammeDirector createDirector(
            @NotBlank String forenames,
            @NotBlank String surname,
            @NotBlank String email,
            @NotBlank String programmeCode) {
        return appoint(new DirectorAppointment(forenames, surname, email, programmeCode, LocalDate.now(clock)));
    }

    /**
     * Appoints a training programme director: from the first day, they see the programme's shared and escalated
     * concerns and its reports, for as long as the appointment runs. Audited with the appointment.
     *
     * @throws ConflictException on {@code email} when the person already holds an appointment
     * @throws NotFoundException on {@code programme} for an unknown code
     */
    public TrainingProgrammeDirector appoint(@NotNull @Valid DirectorAppointment appointment) {
        access.requireRole(ACTION_APPOINT_DIRECTOR, Role.ADMIN);
        Optional<TrainingProgrammeDirector> existing =
                single(em.createNamedQuery(TrainingProgrammeDirector.FIND_BY_EMAIL, TrainingProgrammeDirector.class)
                        .setParameter("email", Checks.normaliseEmail(appointment.email()))
                        .getResultList());
        if (existing.isPresent()) {
            throw new ConflictException(
                    "email",
                    appointment.email().strip() + " already has an appointment ("
                            + existing.get().getProgramme().getCode() + " "
                            + existing.get().getAppointment() + ")");
        }
        Programme programme = findProgrammeByCode(appointment.programmeCode())
                .orElseThrow(() -> new NotFoundException("programme", appointment.programmeCode()));
        TrainingProgrammeDirector director = new TrainingProgrammeDirector(
                appointment.forenames(),
                appointment.surname(),
                appointment.email(),
                programme,
                DateRange.startingOn(appointment.from()));
        em.persist(director);
        audit.recordChange(
                ACTION_APPOINT_DIRECTOR, SUBJECT_PROGRAMME, programme.getCode(), "none", director.describe());
        return director;
    }

    /**
     * Ends a director's appointment after this day (today, or a day still to come): from the next day they no longer
     * reach the programme. Audited with the appointment before and after.
     *
     * @throws NotFoundException on {@code director} for an unknown id
     * @throws InvalidValueException on {@code endDate} before today or before the appointment began
     * @throws ConflictException on {@code endDate} when the appointment has already ended by then
     */
    public TrainingProgrammeDirector endAppointment(long directorId, @NotNull LocalDate lastDay) {
        access.requireRole(ACTION_END_DIRECTOR, Role.ADMIN);
        TrainingProgrammeDirector director = em.find(TrainingProgrammeDirector.class, directorId);
        if (director == null) {
            throw new NotFoundException("director", String.valueOf(directorId));
        }
        LocalDate today = LocalDate.now(clock);
        if (lastDay.isBefore(today)) {
            throw new InvalidValueException(
                    "endDate", "must be today or later: access already given cannot be taken back in the past");
        }
        String before = director.describe();
        director.endAfter(lastDay);
        audit.recordChange(
                ACTION_END_DIRECTOR, SUBJECT_PROGRAMME, director.getProgramme().getCode(), before, director.describe());
        return director;
    }

    /** Every appointment, past, present and future, for the admins who keep them. */
    public List<TrainingProgrammeDirector> directors() {
        access.requireRole("list directors", Role.ADMIN);
        return em.createNamedQuery(TrainingProgrammeDirector.FIND_ALL, TrainingProgrammeDirector.class)
                .getResultList();
    }

    public Optional<Deanery> findDeaneryByCode(String code) {
        access.requireRole("read programmes", Role.values());
        return single(em.createNamedQuery(Deanery.FIND_BY_CODE, Deanery.class)
                .setParameter("code", upper(code))
                .getResultList());
    }

    public Optional<Specialty> findSpecialtyByCode(String code) {
        access.requireRole("read programmes", Role.values());
        return single(em.createNamedQuery(Specialty.FIND_BY_CODE, Specialty.class)
                .setParameter("code", upper(code))
                .getResultList());
    }

    public Optional<Programme> findProgrammeByCode(String code) {
        access.requireRole("read programmes", Role.values());
        return single(em.createNamedQuery(Programme.FIND_BY_CODE, Programme.class)
                .setParameter("code", upper(code))
                .getResultList());
    }

    public Optional<Trust> findTrustByCode(String code) {
        access.requireRole("read programmes", Role.values());
        return single(em.createNamedQuery(Trust.FIND_BY_CODE, Trust.class)
                .setParameter("code", upper(code))
                .getResultList());
    }

    public Optional<Site> findSiteByCode(String code) {
        access.requireRole("read programmes", Role.values());
        return single(em.createNamedQuery(Site.FIND_BY_CODE, Site.class)
                .setParameter("code", upper(code))
                .getResultList());
    }

    public List<Deanery> deaneries() {
        access.requireRole("read programmes", Role.values());
        return em.createNamedQuery(Deanery.FIND_ALL, Deanery.class).getResultList();
    }

    public List<Specialty> specialties() {
        access.requireRole("read programmes", Role.values());
        return em.createNamedQuery(Specialty.FIND_ALL, Specialty.class).getResultList();
    }

    /**
     * The programmes the caller directs today, if they signed in as a training programme director: an appointment
     * that has not begun or has ended gives nothing.
     */
    public List<Programme> directedByCaller() {
        Caller caller = access.caller();
        if (!caller.has(Role.TPD)) {
            return List.of();
        }
        return em.createNamedQuery(TrainingProgrammeDirector.FIND_PROGRAMMES_DIRECTED_BY, Programme.class)
                .setParameter("email", caller.name())
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    public List<Programme> programmes() {
        access.requireRole("read programmes", Role.values());
        return em.createNamedQuery(Programme.FIND_ALL, Programme.class).getResultList();
    }

    public List<Cohort> cohortsOf(@NotBlank String programmeCode) {
        access.requireRole("read programmes", Role.values());
        Programme programme =
                findProgrammeByCode(programmeCode).orElseThrow(() -> new NotFoundException("programme", programmeCode));
        return em.createNamedQuery(Cohort.FIND_BY_PROGRAMME, Cohort.class)
                .setParameter("programme", programme)
                .getResultList();
    }

    public List<TrainingProgrammeDirector> directorsOf(@NotBlank String programmeCode) {
        access.requireRole("read programmes", Role.values());
        Programme programme =
                findProgrammeByCode(programmeCode).orElseThrow(() -> new NotFoundException("programme", programmeCode));
        return em.createNamedQuery(TrainingProgrammeDirector.FIND_BY_PROGRAMME, TrainingProgrammeDirector.class)
                .setParameter("programme", programme)
                .getResultList();
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static <T> Optional<T> single(List<T> results) {
        return results.stream().findFirst();
    }
}
