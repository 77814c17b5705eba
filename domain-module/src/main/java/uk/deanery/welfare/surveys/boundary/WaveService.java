package uk.deanery.welfare.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Participation;
import uk.deanery.welfare.surveys.entity.ParticipationStatus;
import uk.deanery.welfare.surveys.entity.ResponseStatus;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Opening and closing waves and following their response rates (admins), and finding the waves a trainee is asked
 * to answer. Changes and reads of who was invited are audited by wave reference.
 */
@ApplicationScoped
@Transactional
public class WaveService {

    public static final String SUBJECT_WAVE = "Wave";
    public static final String ACTION_OPEN = "OPEN_WAVE";
    public static final String ACTION_CLOSE = "CLOSE_WAVE";
    public static final String ACTION_LIST_PARTICIPATIONS = "LIST_WAVE_PARTICIPATIONS";
    public static final String ACTION_RESPONSE_RATES = "READ_RESPONSE_RATES";
    public static final String ACTION_LIST_MINE = "LIST_MY_WAVES";
    public static final String ACTION_READ = "READ_WAVE";
    public static final String ACTION_LIST = "LIST_WAVES";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    Event<WaveOpened> opened;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Creates the wave and invites (one participation each) every trainee with a membership in any of its cohorts.
     *
     * @throws NotFoundException for an unknown instrument version or cohort
     * @throws uk.deanery.welfare.shared.InvalidValueException when the instrument is not published, or the definition
     *     breaks another rule of a wave
     */
    public Wave open(@NotNull @Valid WaveDefinition definition) {
        access.requireRole(ACTION_OPEN, Role.ADMIN);
        Instrument instrument = em.createNamedQuery(Instrument.FIND_BY_CODE_AND_VERSION, Instrument.class)
                .setParameter("code", definition.instrumentCode().strip().toUpperCase(Locale.ROOT))
                .setParameter("instrumentVersion", definition.instrumentVersion())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "instrument", definition.instrumentCode() + " v" + definition.instrumentVersion()));
        Set<Cohort> cohorts = new LinkedHashSet<>();
        definition.cohorts().forEach(ref -> cohorts.add(cohort(ref)));
        Wave wave = new Wave(
                definition.title(),
                instrument,
                cohorts,
                definition.kind(),
                definition.followUpRotation(),
                definition.opensOn(),
                definition.closesOn(),
                definition.linked());
        em.persist(wave);
        Instant now = Instant.now(clock);
        // One invitation per trainee, through their cohort in the wave (the first, should they be in two).
        Set<Trainee> invited = new java.util.HashSet<>();
        em
                .createNamedQuery(ProgrammeMembership.FIND_IN_COHORTS, ProgrammeMembership.class)
                .setParameter("cohorts", List.copyOf(cohorts))
                .getResultList()
                .stream()
                .filter(membership -> invited.add(membership.getTrainee()))
                .forEach(membership ->
                        em.persist(new Participation(wave, membership.getTrainee(), membership.getCohort(), now)));
        audit.record(ACTION_OPEN, SUBJECT_WAVE, wave.getReference(), AuditOutcome.ALLOWED);
        em.flush();
        opened.fire(new WaveOpened(wave.getId()));
        return wave;
    }

    /**
     * The email addresses of the wave's invitees, for invitations (everyone) and reminders (those who have not
     * submitted); admins and the application only.
     */
    public List<String> inviteeEmails(long waveId, boolean onlyThoseWhoHaveNotSubmitted) {
        access.requireRole(ACTION_LIST_PARTICIPATIONS, Role.ADMIN);
        Wave wave = require(waveId);
        return em.createQuery(
                        "SELECT p.trainee.email FROM Participation p WHERE p.wave = :wave AND p.status IN :statuses"
                                + " ORDER BY p.trainee.email",
                        String.class)
                .setParameter("wave", wave)
                .setParameter(
                        "statuses",
                        onlyThoseWhoHaveNotSubmitted
                                ? List.of(ParticipationStatus.INVITED, ParticipationStatus.STARTED)
                                : List.of(ParticipationStatus.values()))
                .getResultList();
    }

    /** Waves open today that close within the given number of days: the ones whose invitees get a reminder. */
    public List<Wave> closingWithin(int days) {
        access.requireRole(ACTION_LIST, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return list().stream()
                .filter(w -> w.isOpenOn(today) && !w.getClosesOn().isAfter(today.plusDays(days)))
                .toList();
    }

    /** Every wave, newest first, for the admins' overview. */
    public List<Wave> list() {
        access.requireRole(ACTION_LIST, Role.ADMIN);
        return em.createNamedQuery(Wave.FIND_ALL, Wave.class).getResultList();
    }

    /** Everyone invited to the wave with their progress, for the mailer (invitations and reminders); admins only. */
    public List<Participation> participationsOf(long waveId) {
        access.requireRole(ACTION_LIST_PARTICIPATIONS, Role.ADMIN);
        Wave wave = require(waveId);
        List<Participation> participations = em.createNamedQuery(Participation.FIND_BY_WAVE, Participation.class)
                .setParameter("wave", wave)
                .getResultList();
        audit.record(ACTION_LIST_PARTICIPATIONS, SUBJECT_WAVE, wave.getReference(), AuditOutcome.ALLOWED);
        return participations;
    }

    /** The waves open today that the calling trainee is invited to, soonest closing first. */
    public List<Wave> openWavesForMe() {
        access.requireRole(ACTION_LIST_MINE, Role.TRAINEE);
        Optional<Trainee> me = traineeAccess.linkedTrainee();
        if (me.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Participation.FIND_OPEN_FOR_TRAINEE, Participation.class)
                .setParameter("trainee", me.get())
                .setParameter("today", today)
                .getResultStream()
                .map(Participation::getWave)
                .filter(w -> w.isOpenOn(today))
                .toList();
    }

    /**
     * Stops the wave accepting answers from today.
     *
     * @throws uk.deanery.welfare.shared.ConflictException on {@code wave} when it has already closed
     */
    public void close(long waveId) {
        access.requireRole(ACTION_CLOSE, Role.ADMIN);
        Wave wave = require(waveId);
        wave.closeNow(LocalDate.now(clock));
        audit.record(ACTION_CLOSE, SUBJECT_WAVE, wave.getReference(), AuditOutcome.ALLOWED);
    }

    /** Invited, started and submitted per cohort of the wave, in programme and intake order; counts only. */
    public List<ResponseRate> responseRates(long waveId) {
        access.requireRole(ACTION_RESPONSE_RATES, Role.ADMIN);
        Wave wave = require(waveId);
        Map<Cohort, long[]> counts = new LinkedHashMap<>();
        wave.getCohorts().stream()
                .sorted(Comparator.comparing((Cohort c) -> c.getProgramme().getCode())
                        .thenComparingInt(Cohort::getIntakeYear))
                .forEach(c -> counts.put(c, new long[3]));
        List<Object[]> rows = em.createNamedQuery(Participation.COUNT_BY_COHORT_AND_STATUS, Object[].class)
                .setParameter("wave", wave)
                .getResultList();
        for (Object[] row : rows) {
            String programmeCode = (String) row[0];
            int intakeYear = ((Number) row[1]).intValue();
            ParticipationStatus status = (ParticipationStatus) row[2];
            long count = ((Number) row[3]).longValue();
            counts.entrySet().stream()
                    .filter(e -> e.getKey().getProgramme().getCode().equals(programmeCode)
                            && e.getKey().getIntakeYear() == intakeYear)
                    .findFirst()
                    .ifPresent(e -> {
                        long[] c = e.getValue();
                        c[0] += count;
                        if (status != ParticipationStatus.INVITED) {
                            c[1] += count;
                        }
                        if (status == ParticipationStatus.SUBMITTED) {
                            c[2] += count;
                        }
                    });
        }
        return counts.entrySet().stream()
                .map(e -> new ResponseRate(
                        e.getKey().getProgramme().getCode(),
                        e.getKey().getIntakeYear(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2]))
                .toList();
    }

    /** How many responses the wave holds, submitted; a count only, for admins. */
    public long submittedResponses(long waveId) {
        access.requireRole(ACTION_RESPONSE_RATES, Role.ADMIN);
        return em.createQuery("SELECT COUNT(r) FROM Response r WHERE r.wave = :wave AND r.status = :status", Long.class)
                .setParameter("wave", require(waveId))
                .setParameter("status", ResponseStatus.SUBMITTED)
                .getSingleResult();
    }

    /**
     * The wave, for an admin, or for a trainee invited to it; anyone else is refused (and audited), so that the
     * existence of a wave a trainee was not asked to answer is not revealed through a distinct answer.
     */
    public Optional<Wave> find(long waveId) {
        access.requireRole(ACTION_READ, Role.values());
        Wave wave = em.find(Wave.class, waveId);
        if (wave == null) {
            return Optional.empty();
        }
        Caller caller = access.caller();
        if (caller.system() || caller.has(Role.ADMIN) || isInvited(wave)) {
            return Optional.of(wave);
        }
        throw access.deny(ACTION_READ, SUBJECT_WAVE, wave.getReference());
    }

    private boolean isInvited(Wave wave) {
        return traineeAccess
                .linkedTrainee()
                .map(me -> !em.createNamedQuery(Participation.FIND_BY_WAVE_AND_TRAINEE, Participation.class)
                        .setParameter("wave", wave)
                        .setParameter("trainee", me)
                        .getResultList()
                        .isEmpty())
                .orElse(false);
    }

    private Wave require(long waveId) {
        return Optional.ofNullable(em.find(Wave.class, waveId))
                .orElseThrow(() -> new NotFoundException("wave", String.valueOf(waveId)));
    }

    private Cohort cohort(WaveDefinition.CohortRef ref) {
        return em.createQuery(
                        "SELECT c FROM Cohort c WHERE c.programme.code = :code AND c.intakeYear = :intakeYear",
                        Cohort.class)
                .setParameter("code", ref.programmeCode().strip().toUpperCase(Locale.ROOT))
                .setParameter("intakeYear", ref.intakeYear())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("cohort", ref.toString()));
    }
}
