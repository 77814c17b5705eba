package uk.deanery.welfare.surveyimport.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.surveyimport.entity.HistoricalRow;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.boundary.InstrumentService;
import uk.deanery.welfare.surveys.control.ImportedResponseRows;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Participation;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Writes checked rows of a historical file in one transaction: a wave per round (found again by its import key), a
 * participation and response per identified respondent, a response per pseudonymous one; the responses in JDBC batches
 * ({@link ImportedResponseRows}), 500 at a time. Every rule that needs the
 * database is checked here; any problem ends in {@link SurveyImportRejectedException}, which rolls back every row.
 */
@ApplicationScoped
public class HistoricalWriter {

    public static final String ACTION_IMPORT = "IMPORT_SURVEY_ROUNDS";

    /**
     * Responses written between flushes: the persistence context is then cleared, so that a file of hundreds of
     * thousands of rows holds only this many entities at a time. All of them stay in the one transaction.
     */
    static final int WRITES_PER_FLUSH = 500;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ProgrammeService programmes;

    @Inject
    ImportedResponseRows rows;

    /** Stores the rows, audited under the instrument in the same transaction; nothing at all if there is a problem. */
    @Transactional
    public SurveyImportReport write(
            long instrumentId,
            List<HistoricalRow> rows,
            List<SurveyImportProblem> earlierProblems,
            ImportProgress progress,
            boolean createCohorts) {
        // No query here depends on rows this import has not flushed yet (every round has its own wave), and an
        // automatic flush before each query would rescan every response already written: thousands of them.
        em.setFlushMode(FlushModeType.COMMIT);
        Instrument instrument = em.find(Instrument.class, instrumentId);
        Batch batch = new Batch(instrument, earlierProblems, createCohorts);
        progress.begin(ImportProgress.Phase.SAVING, rows.size());
        Map<HistoricalRow.Round, List<HistoricalRow>> byRound = new LinkedHashMap<>();
        rows.forEach(row ->
                byRound.computeIfAbsent(row.round(), r -> new ArrayList<>()).add(row));
        byRound.forEach((round, roundRows) -> batch.writeRound(round, roundRows, progress));
        if (!batch.problems.isEmpty()) {
            throw new SurveyImportRejectedException(batch.problems);
        }
        audit.record(ACTION_IMPORT, InstrumentService.SUBJECT_INSTRUMENT, subject(instrument), AuditOutcome.ALLOWED);
        em.flush();
        return new SurveyImportReport(
                List.of(),
                batch.wavesCreated,
                batch.cohortsAdded,
                batch.cohortsCreated,
                batch.responsesCreated,
                batch.responsesUnchanged);
    }

    /**
     * Audits a refused file on its own: checking it may have read stored responses (to compare them with the file's),
     * and the refusal rolled back the transaction that did.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefused(long instrumentId) {
        audit.record(
                ACTION_IMPORT,
                InstrumentService.SUBJECT_INSTRUMENT,
                subject(em.find(Instrument.class, instrumentId)),
                AuditOutcome.ALLOWED);
    }

    public static String subject(Instrument instrument) {
        return instrument.getCode() + " v" + instrument.getInstrumentVersion();
    }

    /** The key that finds a round's wave again on the next import of the same instrument version. */
    static String importKey(Instrument instrument, HistoricalRow.Round round) {
        return instrument.getCode() + ":v" + instrument.getInstrumentVersion() + ":" + round.kind() + ":"
                + (round.followUpRotation() == null ? "" : round.followUpRotation()) + ":" + round.heldOn();
    }

    /** The responses a round already holds, by pseudonym within its programme and by trainee. */
    private record StoredResponses(Map<String, Response> byRespondent, Map<Long, Response> byTrainee) {

        static final StoredResponses NONE = new StoredResponses(Map.of(), Map.of());

        Optional<Response> of(HistoricalRow row, Optional<Trainee> trainee) {
            return trainee.isPresent()
                    ? Optional.ofNullable(byTrainee.get(trainee.get().getId()))
                    : Optional.ofNullable(byRespondent.get(pseudonymKey(row.programmeCode(), row.respondentId())));
        }

        static String pseudonymKey(String programmeCode, String respondentId) {
            return programmeCode + " " + respondentId;
        }
    }

    /** One response to write, its cohort and trainee (null for a pseudonym) by id. */
    private record Write(HistoricalRow row, long cohortId, Long traineeId) {}

    private final class Batch {

        private Instrument instrument;
        private final List<SurveyImportProblem> problems;
        private final Map<String, Optional<Cohort>> cohorts = new HashMap<>();
        private final Map<String, Optional<Trainee>> trainees = new HashMap<>();
        private final Map<String, Boolean> memberships = new HashMap<>();
        private int wavesCreated;
        private final boolean createCohorts;
        private int cohortsAdded;
        private int cohortsCreated;
        private int responsesCreated;
        private int responsesUnchanged;

        Batch(Instrument instrument, List<SurveyImportProblem> earlierProblems, boolean createCohorts) {
            this.instrument = instrument;
            this.createCohorts = createCohorts;
            this.problems = new ArrayList<>(earlierProblems);
        }

        void writeRound(HistoricalRow.Round round, List<HistoricalRow> rows, ImportProgress progress) {
            String key = importKey(instrument, round);
            Optional<Wave> existing = em.createNamedQuery(Wave.FIND_BY_IMPORT_KEY, Wave.class)
                    .setParameter("importKey", key)
                    .getResultStream()
                    .findFirst();
            Set<Cohort> roundCohorts = new LinkedHashSet<>();
            List<Write> writes = new ArrayList<>();
            Wave[] wave = {existing.orElse(null)};
            StoredResponses stored = existing.map(this::storedResponses).orElse(StoredResponses.NONE);
            Instant heldAt = round.heldOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            for (HistoricalRow row : rows) {
                progress.advance();
                Optional<Cohort> cohort = cohort(row);
                Optional<Trainee> trainee = row.gmc().isPresent() ? trainee(row, cohort) : Optional.empty();
                if (cohort.isEmpty() || (row.gmc().isPresent() && trainee.isEmpty())) {
                    continue;
                }
                roundCohorts.add(cohort.get());
                Optional<Response> earlier = stored.of(row, trainee);
                if (earlier.isPresent()) {
                    if (sameAnswers(earlier.get(), row.answers())) {
                        responsesUnchanged++;
                    } else {
                        problems.add(new SurveyImportProblem(
                                row.row(),
                                row.gmc().isPresent()
                                        ? HistoricalCsvReader.GMC_NUMBER
                                        : HistoricalCsvReader.RESPONDENT_ID,
                                row.respondent() + " already has a response to the " + round
                                        + " round with other answers; an import never changes a stored response"));
                    }
                } else {
                    writes.add(new Write(
                            row,
                            cohort.get().getId(),
                            trainee.map(Trainee::getId).orElse(null)));
                }
            }
            if (!problems.isEmpty()) {
                // Go on checking the other rounds' rows, but write nothing that would only be rolled back.
                return;
            }
            if (wave[0] == null) {
                wave[0] = Wave.imported(
                        key, instrument, roundCohorts, round.kind(), round.followUpRotation(), round.heldOn());
                em.persist(wave[0]);
                wavesCreated++;
            } else {
                roundCohorts.forEach(cohort -> {
                    if (wave[0].includeImportedCohort(cohort)) {
                        cohortsAdded++;
                    }
                });
            }
            writeAll(wave[0], writes, heldAt);
            responsesCreated += writes.size();
        }

        /**
         * Persists the round's responses (and participations), flushing and clearing the persistence context every
         * {@link #WRITES_PER_FLUSH}: what was cleared is looked up again by id, from the same transaction.
         */
        private void writeAll(Wave created, List<Write> writes, Instant heldAt) {
            long waveId = persisted(created).getId();
            Map<Long, Cohort> cohortsHere = new HashMap<>();
            List<Response> responses = new ArrayList<>();
            Wave wave = null;
            for (int i = 0; i < writes.size(); i++) {
                if (i % WRITES_PER_FLUSH == 0) {
                    rows.insert(responses);
                    responses.clear();
                    em.flush();
                    em.clear();
                    cohortsHere.clear();
                    wave = em.find(Wave.class, waveId);
                }
                Write write = writes.get(i);
                Cohort cohort = cohortsHere.computeIfAbsent(write.cohortId(), id -> em.find(Cohort.class, id));
                Answers answers = write.row().answers();
                if (write.traineeId() != null) {
                    Participation participation =
                            new Participation(wave, em.find(Trainee.class, write.traineeId()), cohort, heldAt);
                    participation.submit(heldAt);
                    em.persist(participation);
                    responses.add(Response.imported(wave, cohort, participation, null, answers, heldAt));
                } else {
                    responses.add(
                            Response.imported(wave, cohort, null, write.row().respondentId(), answers, heldAt));
                }
            }
            rows.insert(responses);
            em.flush();
            em.clear();
            // Later rounds build waves on the instrument and cohorts found so far: find them again in the cleared
            // context. Trainees found so far are used only by id.
            instrument = em.find(Instrument.class, instrument.getId());
            cohorts.replaceAll((key, cohort) -> cohort.map(c -> em.find(Cohort.class, c.getId())));
        }

        private Wave persisted(Wave wave) {
            em.flush();
            return wave;
        }

        /** Every response of an earlier import of the round, with its answers, in one query. */
        private StoredResponses storedResponses(Wave wave) {
            Map<String, Response> byRespondent = new HashMap<>();
            Map<Long, Response> byTrainee = new HashMap<>();
            em.createQuery(
                            "SELECT DISTINCT r FROM Response r LEFT JOIN FETCH r.answers"
                                    + " LEFT JOIN FETCH r.participation p LEFT JOIN FETCH p.trainee"
                                    + " LEFT JOIN FETCH r.cohort c LEFT JOIN FETCH c.programme WHERE r.wave = :wave",
                            Response.class)
                    .setParameter("wave", wave)
                    .getResultList()
                    .forEach(r -> {
                        r.getRespondentId()
                                .ifPresent(id -> byRespondent.put(
                                        StoredResponses.pseudonymKey(
                                                r.getCohort()
                                                        .map(c ->
                                                                c.getProgramme().getCode())
                                                        .orElse(""),
                                                id),
                                        r));
                        r.getParticipation()
                                .ifPresent(p -> byTrainee.put(p.getTrainee().getId(), r));
                    });
            return new StoredResponses(byRespondent, byTrainee);
        }

        private boolean sameAnswers(Response stored, Answers given) {
            Map<String, List<String>> expected = new HashMap<>();
            given.itemCodes().forEach(code -> expected.put(code, given.valuesOf(code)));
            return stored.answersByItem().equals(expected);
        }

        private Optional<Cohort> cohort(HistoricalRow row) {
            String key = row.programmeCode() + " " + row.intakeYear();
            Optional<Cohort> cohort = cohorts.computeIfAbsent(key, k -> em.createQuery(
                            "SELECT c FROM Cohort c WHERE c.programme.code = :code AND c.intakeYear = :year",
                            Cohort.class)
                    .setParameter("code", row.programmeCode())
                    .setParameter("year", row.intakeYear())
                    .getResultStream()
                    .findFirst());
            if (cohort.isEmpty() && createCohorts) {
                cohort = programmes
                        .findProgrammeByCode(row.programmeCode())
                        .map(programme -> programmes.findOrCreateCohort(programme, row.intakeYear()));
                if (cohort.isPresent()) {
                    cohortsCreated++;
                    cohorts.put(key, cohort);
                    return cohort;
                }
                problems.add(new SurveyImportProblem(
                        row.row(),
                        HistoricalCsvReader.PROGRAMME,
                        "there is no programme " + row.programmeCode() + "; add it on the programmes page first"));
                return cohort;
            }
            if (cohort.isEmpty()) {
                problems.add(new SurveyImportProblem(
                        row.row(),
                        HistoricalCsvReader.PROGRAMME,
                        "there is no cohort " + key + "; add the programme and cohort (import its roster) first,"
                                + " or import with missing cohorts created"));
            }
            return cohort;
        }

        private Optional<Trainee> trainee(HistoricalRow row, Optional<Cohort> cohort) {
            String gmc = row.gmcNumber().getDigits();
            Optional<Trainee> trainee =
                    trainees.computeIfAbsent(gmc, g -> em.createNamedQuery(Trainee.FIND_BY_GMC_NUMBER, Trainee.class)
                            .setParameter("gmc", g)
                            .getResultStream()
                            .findFirst());
            if (trainee.isEmpty()) {
                problems.add(new SurveyImportProblem(
                        row.row(),
                        HistoricalCsvReader.GMC_NUMBER,
                        "no trainee with GMC number " + gmc + " is registered; import the roster first, or give a "
                                + HistoricalCsvReader.RESPONDENT_ID + " instead"));
                return trainee;
            }
            if (cohort.isPresent() && !isMember(trainee.get(), cohort.get())) {
                problems.add(new SurveyImportProblem(
                        row.row(),
                        HistoricalCsvReader.PROGRAMME,
                        "the trainee with GMC number " + gmc + " is not a member of " + row.programmeCode() + " "
                                + row.intakeYear()));
                return Optional.empty();
            }
            return trainee;
        }

        private boolean isMember(Trainee trainee, Cohort cohort) {
            return memberships.computeIfAbsent(trainee.getId() + "/" + cohort.getId(), k -> !em.createQuery(
                            "SELECT m.id FROM ProgrammeMembership m WHERE m.trainee = :trainee AND m.cohort = :cohort",
                            Long.class)
                    .setParameter("trainee", trainee)
                    .setParameter("cohort", cohort)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty());
        }
    }
}
