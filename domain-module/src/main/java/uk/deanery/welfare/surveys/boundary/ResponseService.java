package uk.deanery.welfare.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.control.ConcernRouter;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.surveys.control.SurveyConcerns;
import uk.deanery.welfare.surveys.entity.AnswerProblem;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Flag;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Participation;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * A trainee answering a wave: reading back, saving a draft, submitting. Only the invited trainee acts on their
 * participation. Audit entries name the wave, never an answer.
 *
 * <p>One response per trainee per wave holds under concurrent submits: both transactions update the same
 * participation row (optimistic lock) and, in a linked wave, insert or update the one response the unique
 * participation_id allows. The loser fails when it flushes, which {@link #submit} does itself so that the caller sees
 * {@link ConflictException} on {@code response} ("already submitted") with the database error as its cause, and
 * nothing of the losing submit (response, concerns, audit entries) is kept.
 */
@ApplicationScoped
@Transactional
public class ResponseService {

    public static final String ACTION_READ_ANSWERS = "READ_MY_ANSWERS";
    public static final String ACTION_SAVE_DRAFT = "SAVE_SURVEY_DRAFT";
    public static final String ACTION_SUBMIT = "SUBMIT_SURVEY_RESPONSE";
    public static final String ACTION_READ_STATUS = "READ_MY_SURVEY_STATUS";
    public static final String ACTION_RAISE_CONCERN = "RAISE_CONCERN_FROM_SURVEY";

    static final String DRAFT_RACE = "your answers were saved or submitted from another window at the same time;"
            + " reload the survey to see them";

    // Unique violation (both databases), serialization failure (PostgreSQL), concurrent update (H2).
    private static final Set<String> LOST_RACE_STATES = Set.of("23505", "40001", "90131");

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ConcernRouter router;

    /**
     * The caller's saved draft or submitted answers, item code to values; empty if they have none, and always empty
     * for an anonymous wave, whose responses cannot be traced back to anyone.
     */
    public Map<String, List<String>> myAnswers(long waveId) {
        Participation participation = myParticipation(waveId, ACTION_READ_ANSWERS);
        Map<String, List<String>> answers =
                responseOf(participation).map(Response::answersByItem).orElse(Map.of());
        audit.record(
                ACTION_READ_ANSWERS,
                WaveService.SUBJECT_WAVE,
                participation.getWave().getReference(),
                AuditOutcome.ALLOWED);
        return answers;
    }

    public boolean hasSubmitted(long waveId) {
        return myParticipation(waveId, ACTION_READ_STATUS).hasSubmitted();
    }

    /**
     * Keeps the answers as given, unchecked apart from dropping items the instrument does not have.
     *
     * @throws ConflictException on {@code wave} when the wave is not open today, on {@code response} for an anonymous
     *     wave, after submitting, or when a concurrent save or submit of the same participation won
     */
    public void saveDraft(long waveId, @NotNull Map<String, List<String>> answers) {
        Participation participation = myParticipation(waveId, ACTION_SAVE_DRAFT);
        Wave wave = participation.getWave();
        Instant now = Instant.now(clock);
        requireOpen(wave, LocalDate.now(clock));
        if (wave.isAnonymous()) {
            throw new ConflictException(
                    "response", "an anonymous survey cannot be saved as a draft; submit it in one go");
        }
        // Every read before the first change: a query after one would flush it, outside flushOrConflict.
        Optional<Response> draft = responseOf(participation);
        participation.start(now);
        Answers kept = wave.getInstrument().withoutUnknownItems(Answers.of(answers));
        if (draft.isPresent()) {
            draft.get().replaceDraft(kept, now);
        } else {
            em.persist(Response.draft(wave, participation, kept, now));
        }
        audit.record(ACTION_SAVE_DRAFT, WaveService.SUBJECT_WAVE, wave.getReference(), AuditOutcome.ALLOWED);
        flushOrConflict(DRAFT_RACE);
    }

    /**
     * Validates and stores the caller's one response; in a linked wave, raises a welfare concern per flag rule the
     * answers match.
     *
     * @throws AnswersRejectedException with every problem, storing nothing, when the instrument refuses the answers
     * @throws ConflictException on {@code wave} when the wave is not open today; on {@code response} ("already
     *     submitted") when the caller has submitted before, or a concurrent submit for the same participation won
     */
    public SubmissionResult submit(long waveId, @NotNull Map<String, List<String>> answers) {
        Participation participation = myParticipation(waveId, ACTION_SUBMIT);
        Wave wave = participation.getWave();
        Instant now = Instant.now(clock);
        requireOpen(wave, LocalDate.now(clock));
        if (participation.hasSubmitted()) {
            throw new ConflictException("response", "already submitted");
        }
        Instrument instrument = wave.getInstrument();
        Answers given = Answers.of(answers);
        List<AnswerProblem> problems = instrument.validate(given);
        if (!problems.isEmpty()) {
            throw new AnswersRejectedException(problems);
        }
        Optional<Response> draft = responseOf(participation);
        participation.submit(now);
        if (wave.isLinked()) {
            if (draft.isPresent()) {
                draft.get().submit(given, now);
            } else {
                em.persist(Response.submitted(wave, participation, given, now));
            }
        } else {
            // The cohort only: nothing in an anonymous response leads back to the participation.
            em.persist(Response.anonymous(
                    wave,
                    participation
                            .getCohort()
                            .orElseThrow(() -> new ConflictException(
                                    "response",
                                    "your invitation to this survey has no cohort recorded; ask the deanery to"
                                            + " check your programme membership")),
                    participation.getTrainee(),
                    given,
                    now));
        }
        audit.record(ACTION_SUBMIT, WaveService.SUBJECT_WAVE, wave.getReference(), AuditOutcome.ALLOWED);
        // Lose a race here, before any concern exists, rather than at commit.
        flushOrConflict("already submitted");
        int raised =
                wave.isLinked() ? raiseConcerns(participation.getTrainee(), wave, instrument.flags(given), now) : 0;
        return new SubmissionResult(raised);
    }

    private int raiseConcerns(Trainee trainee, Wave wave, List<Flag> flags, Instant now) {
        List<WelfareConcern> concerns = SurveyConcerns.concernsFor(
                trainee, wave, wave.getId(), flags, code -> em.find(ConcernCategory.class, code), now);
        for (WelfareConcern concern : concerns) {
            em.persist(concern);
            audit.record(
                    ACTION_RAISE_CONCERN, ConcernService.SUBJECT_CONCERN, concern.getReference(), AuditOutcome.ALLOWED);
            router.routeNew(concern, now);
        }
        return concerns.size();
    }

    private Participation myParticipation(long waveId, String action) {
        access.requireRole(action, Role.TRAINEE);
        Wave wave = em.find(Wave.class, waveId);
        if (wave == null) {
            throw new NotFoundException("wave", String.valueOf(waveId));
        }
        Optional<Trainee> me = traineeAccess.linkedTrainee();
        Optional<Participation> participation =
                me.flatMap(trainee -> em.createNamedQuery(Participation.FIND_BY_WAVE_AND_TRAINEE, Participation.class)
                        .setParameter("wave", wave)
                        .setParameter("trainee", trainee)
                        .getResultStream()
                        .findFirst());
        return participation.orElseThrow(() -> access.deny(action, WaveService.SUBJECT_WAVE, wave.getReference()));
    }

    private Optional<Response> responseOf(Participation participation) {
        if (participation.getWave().isAnonymous()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Response.FIND_BY_PARTICIPATION, Response.class)
                .setParameter("participation", participation)
                .getResultStream()
                .findFirst();
    }

    static void requireOpen(Wave wave, LocalDate today) {
        if (wave.isClosedOn(today)) {
            throw new ConflictException(
                    "wave", "this survey closed on " + wave.getClosesOn() + "; answers are no longer accepted");
        }
        if (!wave.isOpenOn(today)) {
            throw new ConflictException("wave", "this survey opens on " + wave.getOpensOn());
        }
    }

    /** Flushes now, so that losing a race to a concurrent call surfaces here as a conflict with this reason. */
    private void flushOrConflict(String reason) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || lostRace(e)) {
                ConflictException conflict = new ConflictException("response", reason);
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
