package uk.deanery.welfare.benchmarks.national;

import static uk.deanery.welfare.benchmarks.national.NationalShape.ABOUT_SUPERVISOR;
import static uk.deanery.welfare.benchmarks.national.NationalShape.CATEGORIES;
import static uk.deanery.welfare.benchmarks.national.NationalShape.DEANERIES;
import static uk.deanery.welfare.benchmarks.national.NationalShape.DEANERY_WEIGHT;
import static uk.deanery.welfare.benchmarks.national.NationalShape.FORENAMES;
import static uk.deanery.welfare.benchmarks.national.NationalShape.IMG_COUNTRIES;
import static uk.deanery.welfare.benchmarks.national.NationalShape.SPECIALTIES;
import static uk.deanery.welfare.benchmarks.national.NationalShape.SURNAMES;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import uk.deanery.welfare.benchmarks.national.NationalShape.SpecialtyShape;
import uk.deanery.welfare.shared.RandomKey;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.entity.AnswerProblem;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.ResponseAnswer;
import uk.deanery.welfare.surveys.entity.ResponseIndicator;

/**
 * A country's worth of trainees, written into the product's own schema on PostgreSQL by {@code COPY} (issue 12): 16
 * deaneries, 65 specialties and a programme for each pair, three intake years of {@code traineesPerIntake} trainees
 * (70,000 in the full size, as the GMC's National Training Survey has respondents a year), their memberships,
 * educational supervisors and assignments, a director per programme, for each intake a linked baseline and
 * follow-up of the built-in questionnaire put to all its cohorts, support activities with attendance between the two,
 * and concerns. Same seed, same data (only the ids depend on what the database held before).
 *
 * <p>Answers follow the Yorkshire and Humber study's respondents (a respondent of the study, drawn at random, is the
 * pattern of each trainee's baseline), moved by a per-programme effect so that programmes differ and some stand out,
 * with UK graduates answering the questions about moving to the UK as UK graduates would; the follow-up improves on
 * the baseline, more for those who attended the portfolio webinar. Every response is checked by the instrument as a
 * submission would be, and its read model (indicators, IMG, first NHS post) is the instrument's own
 * ({@link Instrument#indicators}), so the reports count these rows by the same rules as any other.
 *
 * <p>Run on a database the product has started on once (it migrates the schema and loads the questionnaire). Run it
 * once per database: it refuses when the national programmes are already there.
 */
public final class NationalDataset {

    static final String INSTRUMENT = "IMG-INDUCTION";
    static final String CODE_PREFIX = "NT-";
    static final List<Integer> INTAKES = List.of(2023, 2024, 2025);
    public static final int FULL_SIZE = 70_000;

    /** What was written, table by table. */
    public record Counts(
            int deaneries,
            int specialties,
            int programmes,
            int cohorts,
            int trainees,
            int supervisors,
            int waves,
            long participations,
            long responses,
            long answers,
            long indicators,
            long concerns,
            long activities,
            long attendances,
            double seconds) {

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d deaneries, %d specialties, %d programmes, %d cohorts, %d trainees, %d supervisors, %d waves,"
                            + " %d participations, %d responses, %d answers, %d indicators, %d concerns,"
                            + " %d activities, %d attendances in %.1f s",
                    deaneries,
                    specialties,
                    programmes,
                    cohorts,
                    trainees,
                    supervisors,
                    waves,
                    participations,
                    responses,
                    answers,
                    indicators,
                    concerns,
                    activities,
                    attendances,
                    seconds);
        }
    }

    private final Connection connection;
    private final Path spool;
    private final List<Copy> spooled = new ArrayList<>();
    private final java.util.function.Consumer<String> progress;
    private final int traineesPerIntake;
    private final long seed;
    private final SplittableRandom random;
    private Instrument instrument;
    private long instrumentId;
    private long nextId;
    private long lastId;
    private long responseCounter;
    private StudyAnswers answering;

    // Built as the tables are written and used by the later ones.
    private final List<Long> deaneryIds = new ArrayList<>();
    private final List<Long> specialtyIds = new ArrayList<>();
    private final List<Prog> programmes = new ArrayList<>();
    private final Map<Integer, List<Long>> cohortsByIntake = new LinkedHashMap<>();

    /** A programme as the generator needs it: its cohorts by intake, director, effect on answers. */
    private static final class Prog {
        long id;
        String code;
        SpecialtyShape specialty;
        double effect;
        String directorEmail;
        final Map<Integer, Long> cohorts = new LinkedHashMap<>();
        final List<long[]> supervisors = new ArrayList<>();
    }

    /** A trainee of one intake, as the survey and attendance tables need them. */
    private static final class Person {
        long id;
        Prog programme;
        long cohort;
        boolean img;
        boolean firstNhsPost;
        long supervisor;
        String supervisorEmail;
        boolean attendedWebinar;
    }

    public NationalDataset(
            Connection connection, int traineesPerIntake, long seed, java.util.function.Consumer<String> progress) {
        if (traineesPerIntake < 1) {
            throw new IllegalArgumentException("trainees per intake must be at least 1, not " + traineesPerIntake);
        }
        this.connection = connection;
        this.traineesPerIntake = traineesPerIntake;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.progress = progress;
        try {
            this.spool = Files.createTempDirectory("national-dataset-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code NationalDataset JDBC_URL [TRAINEES_PER_INTAKE] [SEED]}; the user and password, if any, from
     * {@code PGUSER} and {@code PGPASSWORD}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: NationalDataset JDBC_URL [TRAINEES_PER_INTAKE (70000)] [SEED (12)]");
            System.exit(2);
        }
        int trainees = args.length > 1 ? Integer.parseInt(args[1]) : FULL_SIZE;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
        try (Connection connection = DriverManager.getConnection(
                args[0], System.getenv().getOrDefault("PGUSER", "postgres"), System.getenv("PGPASSWORD"))) {
            Counts counts = new NationalDataset(
                            connection, trainees, seed, line -> System.out.println("national-dataset " + line))
                    .generate();
            System.out.println("national-dataset " + counts);
        } catch (IllegalStateException refused) {
            System.err.println("national-dataset: " + refused.getMessage());
            System.exit(1);
        }
    }

    /** Writes everything in one transaction, then analyses the tables so the planner knows their new sizes. */
    public Counts generate() throws SQLException {
        long start = System.nanoTime();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            throw new IllegalStateException("the national dataset is written by COPY, into PostgreSQL only");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            prepare();
            writeReference();
            long[] people = writeTraineesAndSurveys();
            double generated = (System.nanoTime() - start) / 1e9;
            for (Copy table : spooled) {
                long loaded = table.load(connection);
                progress.accept(String.format(Locale.ROOT, "%s: %d rows", table.table(), loaded));
            }
            progress.accept(String.format(
                    Locale.ROOT,
                    "generated in %.1f s, loaded in %.1f s",
                    generated,
                    (System.nanoTime() - start) / 1e9 - generated));
            connection.commit();
            try (Statement analyse = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyse.execute("ANALYZE");
            }
            return new Counts(
                    deaneryIds.size(),
                    specialtyIds.size(),
                    programmes.size(),
                    cohortsByIntake.values().stream().mapToInt(List::size).sum(),
                    (int) people[0],
                    (int) people[1],
                    INTAKES.size() * 2,
                    people[2],
                    people[3],
                    people[4],
                    people[5],
                    people[6],
                    people[7],
                    people[8],
                    (System.nanoTime() - start) / 1e9);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
            spooled.forEach(Copy::discard);
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // An empty temporary directory left behind is harmless.
            }
        }
    }

    private void prepare() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet found =
                    statement.executeQuery("SELECT COUNT(*) FROM deanery WHERE code LIKE '" + CODE_PREFIX + "%'")) {
                found.next();
                if (found.getLong(1) > 0) {
                    throw new IllegalStateException("this database already holds the national dataset");
                }
            }
            try (ResultSet found = statement.executeQuery("SELECT id FROM instrument WHERE code = '" + INSTRUMENT
                    + "' AND instrument_version = 1 AND status = 'PUBLISHED'")) {
                if (!found.next()) {
                    throw new IllegalStateException("the built-in questionnaire " + INSTRUMENT + " is not published"
                            + " here: start the product once on this database first");
                }
                instrumentId = found.getLong(1);
            }
            // Ids from the shared sequence, reserved in one step: EclipseLink takes each value it reads as the last
            // of a block of 50, so every block the server has (or will) hand out lies outside this range.
            long needed = 2_000_000L + traineesPerIntake * INTAKES.size() * 8L;
            try (ResultSet reserved = statement.executeQuery("SELECT nextval('entity_seq')")) {
                reserved.next();
                nextId = reserved.getLong(1) + 1;
            }
            lastId = nextId + needed;
            long top = (lastId / 50 + 2) * 50;
            statement.execute("SELECT setval('entity_seq', " + top + ")");
        }
        instrument = builtInInstrument();
        answering = new StudyAnswers(random, instrument);
    }

    /** A table's rows, spooled now and loaded (in the order the tables were started) once all are written. */
    private Copy copy(String table, String columns) {
        Copy copy = Copy.into(spool, table, columns);
        spooled.add(copy);
        return copy;
    }

    private long id() {
        if (nextId > lastId) {
            throw new IllegalStateException("ran out of reserved ids");
        }
        return nextId++;
    }

    /** A response key as {@link RandomKey} draws them, in [2^62, 2^63), but from the seed: a bijection of a counter. */
    private long responseId() {
        long x = (responseCounter++ + seed * 0x9E3779B97F4A7C15L) & (RandomKey.FLOOR - 1);
        x = (x * 0xBF58476D1CE4E5B9L) & (RandomKey.FLOOR - 1);
        x ^= x >>> 29;
        x = (x * 0x94D049BB133111EBL) & (RandomKey.FLOOR - 1);
        x ^= x >>> 31;
        return RandomKey.FLOOR | x;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private void writeReference() throws SQLException {
        try (Copy deaneries = copy("deanery", "id, version, code, name")) {
            for (Map.Entry<String, String> deanery : DEANERIES.entrySet()) {
                long id = id();
                deaneryIds.add(id);
                deaneries
                        .values(id, 1, CODE_PREFIX + deanery.getKey(), deanery.getValue())
                        .row();
            }
        }
        try (Copy specialties = copy("specialty", "id, version, code, name")) {
            for (int s = 0; s < SPECIALTIES.size(); s++) {
                long id = id();
                specialtyIds.add(id);
                specialties
                        .values(
                                id,
                                1,
                                String.format(Locale.ROOT, "%sS%02d", CODE_PREFIX, s + 1),
                                SPECIALTIES.get(s).name())
                        .row();
            }
        }
        List<String> deaneryCodes = List.copyOf(DEANERIES.keySet());
        try (Copy programme = copy("programme", "id, version, code, name, specialty_id, deanery_id");
                Copy cohort = copy("cohort", "id, version, programme_id, intake_year");
                Copy director = copy(
                        "training_programme_director",
                        "id, version, forenames, surname, email, programme_id, start_date")) {
            for (int d = 0; d < deaneryIds.size(); d++) {
                for (int s = 0; s < SPECIALTIES.size(); s++) {
                    Prog p = new Prog();
                    p.id = id();
                    p.code = String.format(Locale.ROOT, "%s%s-S%02d", CODE_PREFIX, deaneryCodes.get(d), s + 1);
                    p.specialty = SPECIALTIES.get(s);
                    // Most programmes near the national picture, a few well above or below it.
                    p.effect = Math.max(-1, Math.min(1.5, gaussian() * 0.35));
                    programme
                            .values(
                                    p.id,
                                    1,
                                    p.code,
                                    DEANERIES.get(deaneryCodes.get(d)) + " " + p.specialty.name(),
                                    specialtyIds.get(s),
                                    deaneryIds.get(d))
                            .row();
                    for (int intake : INTAKES) {
                        long c = id();
                        p.cohorts.put(intake, c);
                        cohortsByIntake
                                .computeIfAbsent(intake, k -> new ArrayList<>())
                                .add(c);
                        cohort.values(c, 1, p.id, intake).row();
                    }
                    p.directorEmail = "tpd." + p.code.toLowerCase(Locale.ROOT) + "@national.example";
                    director.values(
                                    id(),
                                    1,
                                    pick(FORENAMES),
                                    pick(SURNAMES),
                                    p.directorEmail,
                                    p.id,
                                    LocalDate.of(INTAKES.get(0) - 1, 8, 1))
                            .row();
                    programmes.add(p);
                }
            }
        }
    }

    /** The baseline and follow-up wave of an intake: ids and opening days. */
    private record WavePair(long baseline, long followUp, LocalDate baselineOpens, LocalDate followUpOpens) {}

    private long[] writeTraineesAndSurveys() throws SQLException {
        double[] weights = new double[programmes.size()];
        for (int i = 0; i < programmes.size(); i++) {
            weights[i] = DEANERY_WEIGHT[i / SPECIALTIES.size()]
                    * programmes.get(i).specialty.weight();
        }
        double[] cumulative = cumulative(weights);

        Map<Integer, WavePair> waves = writeWaves();
        Map<Integer, long[]> activities = writeActivities();

        long trainees = 0;
        long supervisors = 0;
        // Participations, responses, answers and indicators written so far.
        long[] surveyed = new long[4];
        long concerns = 0;
        long attendances = 0;
        int gmc = 3_000_000;
        int supervisorGmc = 5_000_000;
        try (Copy trainee = copy(
                        "trainee", "id, version, gmc_number, forenames, surname, email, pmq_country, first_nhs_post");
                Copy membership = copy(
                        "programme_membership",
                        "id, version, trainee_id, programme_id, cohort_id, grade, start_date, end_date");
                Copy supervisor = copy("educational_supervisor", "id, version, gmc_number, forenames, surname, email");
                Copy assignment = copy("supervisor_assignment", "id, version, trainee_id, supervisor_id, start_date");
                Copy participation = copy(
                        "participation",
                        "id, version, wave_id, trainee_id, cohort_id, status, invited_at, started_at, submitted_at");
                Copy response = copy(
                        "response",
                        "id, version, reference, wave_id, participation_id, cohort_id, img, first_nhs_post,"
                                + " indicators_recorded, status, saved_at, submitted_at");
                Copy answer = copy("response_answer", "response_id, sort_order, item_code," + " answer_value");
                Copy indicator = copy("response_indicator", "response_id, item_code, category_code, met");
                Copy attendance = copy(
                        "support_attendance",
                        "id, version, activity_id, trainee_id, status, signed_up_at, recorded_at, added_by_admin");
                Copy concern = copy(
                        "welfare_concern",
                        "id, version, reference, trainee_id, category_code, description, raised_at, source, status,"
                                + " sharing, holder, holder_email, acknowledge_by, acknowledged_at, director_involved,"
                                + " submission_key, closed_at");
                Copy escalation = copy(
                        "concern_escalation", "id, version, concern_id, from_level, to_level, reason, escalated_at")) {
            SurveyCopies surveys = new SurveyCopies(participation, response, answer, indicator);
            for (int intake : INTAKES) {
                WavePair pair = waves.get(intake);
                long[] activity = activities.get(intake);
                for (int t = 0; t < traineesPerIntake; t++) {
                    Person person = new Person();
                    person.id = id();
                    person.programme = programmes.get(pickIndex(cumulative));
                    person.cohort = person.programme.cohorts.get(intake);
                    String country = random.nextDouble() < NationalShape.imgShare(person.programme.specialty.group())
                            ? pick(IMG_COUNTRIES)
                            : "United Kingdom";
                    person.img = !country.equals("United Kingdom");
                    person.firstNhsPost = person.img ? random.nextDouble() < 0.7 : random.nextDouble() < 0.05;
                    String forenames = pick(FORENAMES);
                    String surname = pick(SURNAMES);
                    trainee.values(
                                    person.id,
                                    1,
                                    String.valueOf(gmc++),
                                    forenames,
                                    surname,
                                    "trainee" + (gmc - 3_000_000) + "@national.example",
                                    country,
                                    person.firstNhsPost)
                            .row();
                    trainees++;
                    membership
                            .values(
                                    id(),
                                    1,
                                    person.id,
                                    person.programme.id,
                                    person.cohort,
                                    NationalShape.grade(person.programme.specialty.group()),
                                    LocalDate.of(intake, 8, 2),
                                    LocalDate.of(intake + 3, 8, 1))
                            .row();

                    // A supervisor for every ten trainees or so of the programme, met as their trainees come.
                    List<long[]> mine = person.programme.supervisors;
                    if (mine.isEmpty() || random.nextInt(10) == 0) {
                        long id = id();
                        int number = supervisorGmc++;
                        supervisor
                                .values(
                                        id,
                                        1,
                                        String.valueOf(number),
                                        pick(FORENAMES),
                                        pick(SURNAMES),
                                        "es" + (number - 5_000_000) + "@national.example")
                                .row();
                        mine.add(new long[] {id, number});
                        supervisors++;
                    }
                    long[] chosen = mine.get(random.nextInt(mine.size()));
                    person.supervisor = chosen[0];
                    person.supervisorEmail = "es" + (chosen[1] - 5_000_000) + "@national.example";
                    assignment
                            .values(id(), 1, person.id, person.supervisor, LocalDate.of(intake, 8, 2))
                            .row();

                    // Support between the two waves: the induction session for most, the webinar for fewer.
                    person.attendedWebinar = false;
                    if (random.nextDouble() < 0.75) {
                        attendance
                                .values(
                                        id(),
                                        1,
                                        activity[0],
                                        person.id,
                                        "ATTENDED",
                                        activityTime(intake, 9, 10).minusSeconds(7 * 86_400),
                                        activityTime(intake, 9, 11),
                                        false)
                                .row();
                        attendances++;
                    }
                    double webinar = random.nextDouble();
                    if (webinar < 0.6) {
                        String status = webinar < 0.45 ? "ATTENDED" : webinar < 0.55 ? "ABSENT" : "CANCELLED";
                        person.attendedWebinar = status.equals("ATTENDED");
                        attendance
                                .values(
                                        id(),
                                        1,
                                        activity[1],
                                        person.id,
                                        status,
                                        activityTime(intake, 11, 14).minusSeconds(7 * 86_400),
                                        status.equals("CANCELLED") ? null : activityTime(intake, 11, 15),
                                        false)
                                .row();
                        attendances++;
                    }

                    Map<String, List<String>> baseline = answering.baseline(
                            answering.pattern(),
                            person.programme.specialty.group(),
                            person.programme.effect,
                            person.img,
                            person.firstNhsPost);
                    survey(person, pair.baseline(), pair.baselineOpens(), baseline, surveys, surveyed);
                    survey(
                            person,
                            pair.followUp(),
                            pair.followUpOpens(),
                            answering.followUp(baseline, person.attendedWebinar),
                            surveys,
                            surveyed);

                    if (random.nextDouble() < 0.04) {
                        concern(person, intake, concern, escalation);
                        concerns++;
                    }
                }
            }
        }
        long activityCount = activities.size() * 2L;
        return new long[] {
            trainees,
            supervisors,
            surveyed[0],
            surveyed[1],
            surveyed[2],
            surveyed[3],
            concerns,
            activityCount,
            attendances
        };
    }

    /** A baseline (autumn of the intake year) and a follow-up after the first rotation (spring), per intake. */
    private Map<Integer, WavePair> writeWaves() throws SQLException {
        Map<Integer, WavePair> waves = new LinkedHashMap<>();
        try (Copy wave = copy(
                        "wave",
                        "id, version, reference, title, instrument_id, wave_kind, follow_up_rotation, opens_on,"
                                + " closes_on, linked, closed_early, imported");
                Copy covered = copy("wave_cohort", "wave_id, cohort_id")) {
            for (int intake : INTAKES) {
                LocalDate baselineOpens = LocalDate.of(intake, 10, 1);
                LocalDate followUpOpens = LocalDate.of(intake + 1, 3, 1);
                long baseline = id();
                long followUp = id();
                wave.values(
                                baseline,
                                1,
                                uuid(),
                                "National baseline, " + intake + " intake",
                                instrumentId,
                                "BASELINE",
                                null,
                                baselineOpens,
                                baselineOpens.plusDays(30),
                                true,
                                false,
                                false)
                        .row();
                wave.values(
                                followUp,
                                1,
                                uuid(),
                                "National follow-up after the first rotation, " + intake + " intake",
                                instrumentId,
                                "FOLLOW_UP",
                                1,
                                followUpOpens,
                                followUpOpens.plusDays(30),
                                true,
                                false,
                                false)
                        .row();
                for (long cohort : cohortsByIntake.get(intake)) {
                    covered.values(baseline, cohort).row();
                    covered.values(followUp, cohort).row();
                }
                waves.put(intake, new WavePair(baseline, followUp, baselineOpens, followUpOpens));
            }
        }
        return waves;
    }

    /**
     * Per intake, a national induction session and a portfolio webinar between the baseline and the follow-up, each
     * for all the intake's cohorts.
     */
    private Map<Integer, long[]> writeActivities() throws SQLException {
        Map<Integer, long[]> activities = new LinkedHashMap<>();
        try (Copy activity = copy(
                        "support_activity",
                        "id, version, reference, kind, title, starts_at, ends_at, starts_on, place, link");
                Copy covered = copy("support_activity_cohort", "activity_id, cohort_id")) {
            for (int intake : INTAKES) {
                long induction = id();
                long webinar = id();
                activity.values(
                                induction,
                                1,
                                uuid(),
                                "INDUCTION_SESSION",
                                "Induction for doctors new to NHS practice, " + intake,
                                activityTime(intake, 9, 10),
                                activityTime(intake, 9, 10).plusSeconds(3 * 3600),
                                LocalDate.of(intake, 9, 10),
                                "Regional education centre",
                                null)
                        .row();
                activity.values(
                                webinar,
                                1,
                                uuid(),
                                "WEBINAR",
                                "Getting started with the e-portfolio, " + intake,
                                activityTime(intake, 11, 15),
                                activityTime(intake, 11, 15).plusSeconds(3600),
                                LocalDate.of(intake, 11, 15),
                                null,
                                "https://training.national.example/webinar")
                        .row();
                for (long cohort : cohortsByIntake.get(intake)) {
                    covered.values(induction, cohort).row();
                    covered.values(webinar, cohort).row();
                }
                activities.put(intake, new long[] {induction, webinar});
            }
        }
        return activities;
    }

    private static Instant activityTime(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(13, 0).toInstant(ZoneOffset.UTC);
    }

    /** The tables a wave's participation and response are written to. */
    private record SurveyCopies(Copy participation, Copy response, Copy answer, Copy indicator) {}

    /**
     * The trainee's participation in a wave, and unless they did not take part their response: submitted by most, a
     * draft left by a few; adds to {participations, responses, answers, indicators}.
     */
    private void survey(
            Person person,
            long wave,
            LocalDate opens,
            Map<String, List<String>> given,
            SurveyCopies copies,
            long[] counts) {
        Instant invited = opens.atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant saved = invited.plusSeconds(3600 + random.nextInt(25 * 86_400));
        double taking = random.nextDouble();
        String status = taking < 0.97 ? "SUBMITTED" : taking < 0.985 ? "STARTED" : "INVITED";
        long participationId = id();
        copies.participation()
                .values(
                        participationId,
                        1,
                        wave,
                        person.id,
                        person.cohort,
                        status,
                        invited,
                        status.equals("INVITED") ? null : saved,
                        status.equals("SUBMITTED") ? saved : null)
                .row();
        if (status.equals("INVITED")) {
            counts[0]++;
            return;
        }
        boolean submitted = status.equals("SUBMITTED");
        Answers answers = Answers.of(submitted ? given : StudyAnswers.firstHalf(given));
        if (submitted) {
            List<AnswerProblem> problems = instrument.validate(answers);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("generated answers the questionnaire refuses: " + problems);
            }
        }
        long responseId = responseId();
        copies.response()
                .values(
                        responseId,
                        1,
                        uuid(),
                        wave,
                        participationId,
                        person.cohort,
                        submitted ? person.img : null,
                        submitted ? person.firstNhsPost : null,
                        submitted,
                        submitted ? "SUBMITTED" : "DRAFT",
                        saved,
                        submitted ? saved : null)
                .row();
        List<ResponseAnswer> rows = Response.rows(answers);
        for (int order = 0; order < rows.size(); order++) {
            copies.answer()
                    .values(
                            responseId,
                            order,
                            rows.get(order).getItemCode(),
                            rows.get(order).getAnswerValue())
                    .row();
        }
        long indicatorRows = 0;
        if (submitted) {
            for (ResponseIndicator flag : instrument.indicators(answers)) {
                copies.indicator()
                        .values(responseId, flag.getItemCode(), flag.getCategoryCode(), flag.isMet() ? 1 : 0)
                        .row();
                indicatorRows++;
            }
        }
        counts[0]++;
        counts[1]++;
        counts[2] += rows.size();
        counts[3] += indicatorRows;
    }

    /**
     * A concern the trainee raised during their first year, routed as the product routes one (to the supervisor when
     * shared with them, to the programme director when it is about the supervisor, else to the deanery), and already
     * acknowledged: the escalation check finds nothing overdue in it.
     */
    private void concern(Person person, int intake, Copy concern, Copy escalation) throws SQLException {
        String category = pick(CATEGORIES);
        boolean aboutSupervisor = ABOUT_SUPERVISOR.contains(category);
        boolean shared = !aboutSupervisor && random.nextBoolean();
        String holder = aboutSupervisor ? "PROGRAMME_DIRECTOR" : shared ? "SUPERVISOR" : "DEANERY";
        String holderEmail =
                switch (holder) {
                    case "SUPERVISOR" -> person.supervisorEmail;
                    case "PROGRAMME_DIRECTOR" -> person.programme.directorEmail;
                    default -> null;
                };
        Instant raised = LocalDate.of(intake, 9, 1)
                .atTime(10, 0)
                .toInstant(ZoneOffset.UTC)
                .plusSeconds(random.nextInt(200 * 86_400));
        double progress = random.nextDouble();
        String status = progress < 0.2
                ? "ACKNOWLEDGED"
                : progress < 0.4 ? "IN_PROGRESS" : progress < 0.7 ? "RESOLVED" : "CLOSED";
        long id = id();
        concern.values(
                        id,
                        1,
                        uuid(),
                        person.id,
                        category,
                        "A concern generated for the national dataset (no real person).",
                        raised,
                        "SELF",
                        status,
                        shared ? "SUPERVISOR_AND_DEANERY" : "DEANERY_ONLY",
                        holder,
                        holderEmail,
                        raised.plusSeconds(7 * 86_400),
                        raised.plusSeconds(2 * 86_400),
                        holder.equals("PROGRAMME_DIRECTOR"),
                        uuid(),
                        status.equals("CLOSED") ? raised.plusSeconds(60 * 86_400) : null)
                .row();
        escalation.values(id(), 1, id, null, holder, "ROUTED", raised).row();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private double gaussian() {
        // Box-Muller from the seeded generator (SplittableRandom has no nextGaussian on Java 17).
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    private int pickIndex(double[] cumulative) {
        double x = random.nextDouble();
        int at = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    static Instrument builtInInstrument() {
        try (InputStream in = NationalDataset.class.getResourceAsStream("/surveys/img-induction-v1.json")) {
            InstrumentJson.Result result = new InstrumentJson().read(in, Set.of(CATEGORIES));
            return result.instrument()
                    .orElseThrow(() -> new IllegalStateException("the questionnaire is refused: " + result.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
