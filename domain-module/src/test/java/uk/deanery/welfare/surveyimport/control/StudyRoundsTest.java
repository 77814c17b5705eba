package uk.deanery.welfare.surveyimport.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static uk.deanery.welfare.surveys.SurveyFixtures.CATEGORY_CODES;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.surveyimport.entity.HistoricalRow;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.entity.Flag;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.WaveKind;

/**
 * The fixture {@value #FIXTURE}: pseudonymous respondents whose answers to IMG-INDUCTION v1 reproduce every figure the
 * Yorkshire and Humber IMG study published, each at its published rounding. The design, its interpretations and the
 * reference statistics (McNemar, Fisher, Wilson) are in {@code docs/study-fixture.md}; this test keeps the fixture
 * and that document in step.
 */
class StudyRoundsTest {

    static final String FIXTURE = "/demo/study-rounds.csv";
    static final String INSTRUMENT = "/surveys/img-induction-v1.json";
    /** The study ran from December 2020 to December 2021. */
    private static final LocalDate TODAY = LocalDate.of(2021, 12, 31);

    private static final String ANXIETY = "ANXIETY_STARTING";
    private static final String COMMUNICATION = "COMMUNICATION_SKILLS";
    private static final String E_PORTFOLIO = "E_PORTFOLIO";
    private static final String SUPERVISOR = "SUPERVISOR_ACCESS";
    private static final String LIFE_IN_UK = "LIFE_IN_UK";
    private static final List<String> STUDY_CATEGORIES =
            List.of(ANXIETY, COMMUNICATION, E_PORTFOLIO, SUPERVISOR, LIFE_IN_UK);

    private Instrument instrument;
    private HistoricalCsvReader.Result result;

    /** Respondents with the challenge (the item's flag rule matched) of those who answered the item. */
    record Share(int met, int answered) {

        /** Percent to one decimal, as 26.7 and 58.3 were published. */
        double percentOneDecimal() {
            return Math.round(1000.0 * met / answered) / 10.0;
        }

        /** Whole percent, as 13%, 20%, 27%, 6%, 8%, 24% and 25% were published. */
        long wholePercent() {
            return Math.round(100.0 * met / answered);
        }
    }

    /** Paired baseline and follow-up answers of one category: {@code b} lost the challenge, {@code c} gained it. */
    record Pairs(int pairs, int b, int c) {}

    @BeforeEach
    void readFixture() throws IOException {
        try (InputStream in = StudyRoundsTest.class.getResourceAsStream(INSTRUMENT)) {
            assertThat(in).as(INSTRUMENT).isNotNull();
            InstrumentJson.Result json = new InstrumentJson().read(in, CATEGORY_CODES);
            assertThat(json.problems()).isEmpty();
            instrument = json.instrument().orElseThrow();
        }
        // The import takes published (or retired) versions only.
        instrument.publish();
        try (InputStream in = StudyRoundsTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            try (Reader csv = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                result = new HistoricalCsvReader(instrument, TODAY).read(csv, new ImportProgress());
            }
        }
    }

    private List<HistoricalRow> rows(WaveKind kind) {
        return result.rows().stream().filter(r -> r.kind() == kind).toList();
    }

    /** The one item of the instrument whose flag rule names the category. */
    private Item itemOf(String category) {
        List<Item> items = instrument.items().stream()
                .filter(item -> item.getFlagRules().stream()
                        .anyMatch(rule -> rule.getCategoryCode().equals(category)))
                .toList();
        assertThat(items).as(category).hasSize(1);
        return items.get(0);
    }

    /** Whether the row has the category's challenge; empty when the item was left blank. */
    private Optional<Boolean> met(HistoricalRow row, String category) {
        String itemCode = itemOf(category).getCode();
        if (!row.answers().isAnswered(itemCode)) {
            return Optional.empty();
        }
        return Optional.of(instrument.flags(row.answers()).contains(new Flag(itemCode, category)));
    }

    private Share share(List<HistoricalRow> rows, String category) {
        List<Boolean> answered =
                rows.stream().flatMap(r -> met(r, category).stream()).toList();
        return new Share((int) answered.stream().filter(m -> m).count(), answered.size());
    }

    private Map<String, Share> shares(WaveKind kind) {
        return STUDY_CATEGORIES.stream().collect(Collectors.toMap(c -> c, c -> share(rows(kind), c)));
    }

    private Pairs pairs(String category) {
        Map<String, HistoricalRow> baseline =
                rows(WaveKind.BASELINE).stream().collect(Collectors.toMap(HistoricalRow::respondentId, r -> r));
        int pairs = 0;
        int b = 0;
        int c = 0;
        for (HistoricalRow after : rows(WaveKind.FOLLOW_UP)) {
            Optional<Boolean> was =
                    Optional.ofNullable(baseline.get(after.respondentId())).flatMap(before -> met(before, category));
            Optional<Boolean> is = met(after, category);
            if (was.isPresent() && is.isPresent()) {
                pairs++;
                b += was.get() && !is.get() ? 1 : 0;
                c += !was.get() && is.get() ? 1 : 0;
            }
        }
        return new Pairs(pairs, b, c);
    }

    private static Set<String> respondents(List<HistoricalRow> rows) {
        return rows.stream().map(HistoricalRow::respondentId).collect(Collectors.toSet());
    }

    @Test
    void isThreePseudonymousRoundsOfYhImtThatTheReaderAcceptsWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(16 + 24 + 12);
        assertThat(result.rows()).allSatisfy(row -> {
            assertThat(row.gmc()).isEmpty();
            assertThat(row.respondentId()).matches("[0-9a-f]{12}");
            assertThat(row.programmeCode()).isEqualTo("YH-IMT");
        });
        assertThat(result.rows().stream()
                        .collect(Collectors.groupingBy(
                                r -> r.round() + ", intake " + r.intakeYear(), Collectors.counting())))
                .containsOnly(
                        entry("pilot on 2020-12-07, intake 2020", 16L),
                        entry("baseline on 2021-07-19, intake 2021", 24L),
                        entry("follow_up after rotation 1 on 2021-12-06, intake 2021", 12L));
    }

    @Test
    void everyFollowUpRespondentIsABaselineRespondentAndThePilotCohortIsOtherPeople() {
        Set<String> baseline = respondents(rows(WaveKind.BASELINE));

        assertThat(respondents(rows(WaveKind.FOLLOW_UP))).hasSize(12).isSubsetOf(baseline);
        assertThat(respondents(rows(WaveKind.PILOT))).hasSize(16).doesNotContainAnyElementsOf(baseline);
    }

    @Test
    void thePilotCohortOf2020ReproducesThePublishedFigures() {
        Map<String, Share> pilot = shares(WaveKind.PILOT);

        assertThat(pilot)
                .containsOnly(
                        entry(ANXIETY, new Share(4, 15)),
                        entry(COMMUNICATION, new Share(2, 15)),
                        entry(E_PORTFOLIO, new Share(3, 15)),
                        entry(SUPERVISOR, new Share(4, 15)),
                        entry(LIFE_IN_UK, new Share(1, 16)));
        assertThat(pilot.get(ANXIETY).percentOneDecimal()).isEqualTo(26.7);
        assertThat(pilot.get(COMMUNICATION).wholePercent()).isEqualTo(13);
        assertThat(pilot.get(E_PORTFOLIO).wholePercent()).isEqualTo(20);
        assertThat(pilot.get(SUPERVISOR).wholePercent()).isEqualTo(27);
        assertThat(pilot.get(LIFE_IN_UK).wholePercent()).isEqualTo(6);
    }

    @Test
    void theBaselineOf2021ReproducesThePublishedFigures() {
        Map<String, Share> baseline = shares(WaveKind.BASELINE);

        assertThat(baseline)
                .containsOnly(
                        entry(ANXIETY, new Share(14, 24)),
                        entry(COMMUNICATION, new Share(2, 24)),
                        entry(E_PORTFOLIO, new Share(12, 24)),
                        entry(SUPERVISOR, new Share(5, 21)),
                        entry(LIFE_IN_UK, new Share(6, 24)));
        assertThat(baseline.get(ANXIETY).percentOneDecimal()).isEqualTo(58.3);
        assertThat(baseline.get(COMMUNICATION).wholePercent()).isEqualTo(8);
        assertThat(baseline.get(E_PORTFOLIO).wholePercent()).as("half").isEqualTo(50);
        assertThat(baseline.get(SUPERVISOR).wholePercent()).isEqualTo(24);
        assertThat(baseline.get(LIFE_IN_UK).wholePercent()).isEqualTo(25);
    }

    @Test
    void theFollowUpAfterRotationOneReproducesThePublishedFigures() {
        Map<String, Share> followUp = shares(WaveKind.FOLLOW_UP);

        assertThat(followUp)
                .containsOnly(
                        entry(ANXIETY, new Share(3, 12)),
                        entry(COMMUNICATION, new Share(0, 12)),
                        entry(E_PORTFOLIO, new Share(0, 12)),
                        entry(SUPERVISOR, new Share(4, 12)),
                        entry(LIFE_IN_UK, new Share(0, 12)));
        assertThat(followUp.get(COMMUNICATION).met()).as("none").isZero();
        assertThat(followUp.get(E_PORTFOLIO).met()).as("none").isZero();
        assertThat(followUp.get(LIFE_IN_UK).met()).as("none").isZero();
        assertThat(followUp.get(SUPERVISOR).percentOneDecimal())
                .as("a third still had challenges")
                .isEqualTo(33.3);
    }

    @Test
    void aThirdOfTheFollowedUpTraineesFeltMoreSettledAndNobodyBecameAnxious() {
        Share before = share(
                rows(WaveKind.BASELINE).stream()
                        .filter(r -> respondents(rows(WaveKind.FOLLOW_UP)).contains(r.respondentId()))
                        .toList(),
                ANXIETY);
        Share after = share(rows(WaveKind.FOLLOW_UP), ANXIETY);

        assertThat(before).as("the followed-up trainees at baseline").isEqualTo(new Share(7, 12));
        assertThat(before.percentOneDecimal())
                .as("as anxious as their whole cohort")
                .isEqualTo(58.3);
        assertThat(pairs(ANXIETY)).isEqualTo(new Pairs(12, 4, 0));
        assertThat(3 * (before.met() - after.met())).as("a third of 12").isEqualTo(after.answered());
    }

    @Test
    void atFollowUpNobodyLacksConfidenceWithTheEPortfolioAndHalfAnswerTheTopPoint() {
        Map<String, Long> answers = rows(WaveKind.FOLLOW_UP).stream()
                .collect(Collectors.groupingBy(
                        r -> r.answers().valueOf("EPORTFOLIO_CONFIDENCE").orElseThrow(), Collectors.counting()));

        assertThat(answers).containsOnly(entry("3", 6L), entry("5", 6L));
        assertThat(answers).doesNotContainKeys("1", "2");
    }

    @Test
    void pairedBaselineAndFollowUpCountsAreThoseOfTheReferenceDocument() {
        Map<String, Pairs> paired = STUDY_CATEGORIES.stream().collect(Collectors.toMap(c -> c, this::pairs));

        assertThat(paired)
                .containsOnly(
                        entry(ANXIETY, new Pairs(12, 4, 0)),
                        entry(COMMUNICATION, new Pairs(12, 1, 0)),
                        entry(E_PORTFOLIO, new Pairs(12, 6, 0)),
                        entry(SUPERVISOR, new Pairs(12, 0, 0)),
                        entry(LIFE_IN_UK, new Pairs(12, 3, 0)));
    }

    @Test
    void freeTextIsNeverAnswered() {
        List<String> freeText = instrument.items().stream()
                .filter(item -> item.getType() == ItemType.FREE_TEXT)
                .map(Item::getCode)
                .toList();

        assertThat(freeText).containsExactly("SUPERVISOR_DIFFICULTY_DETAIL", "OTHER_COMMENTS");
        assertThat(result.rows())
                .allSatisfy(row -> assertThat(row.answers().itemCodes()).doesNotContainAnyElementsOf(freeText));
    }
}
