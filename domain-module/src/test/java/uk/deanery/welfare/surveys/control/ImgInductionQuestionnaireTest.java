package uk.deanery.welfare.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.deanery.welfare.surveys.SurveyFixtures.CATEGORY_CODES;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.surveys.entity.AnswerProblem;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Flag;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemType;

/** The study's questionnaire, as shipped in the resources. */
class ImgInductionQuestionnaireTest {

    static final String RESOURCE = "/surveys/img-induction-v1.json";

    private Instrument instrument;

    @BeforeEach
    void readResource() throws IOException {
        try (InputStream in = ImgInductionQuestionnaireTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            InstrumentJson.Result result = new InstrumentJson().read(in, CATEGORY_CODES);
            assertThat(result.problems()).isEmpty();
            instrument = result.instrument().orElseThrow();
        }
    }

    /** A UK graduate in General Practice with nothing to flag. */
    private static Answers settledUkGraduate() {
        return Answers.of(Map.of(
                "SPECIALTY_GROUP", "GP",
                "PMQ_REGION", "UK",
                "FIRST_NHS_POST", "no",
                "NHS_MONTHS_BEFORE", "24",
                "ANXIETY_START", "2",
                "COMMUNICATION_CONCERN", "no",
                "EPORTFOLIO_CONFIDENCE", "4",
                "SUPERVISOR_DIFFICULTY", "no",
                "LIFE_IN_UK", "4",
                "WORKLOAD", "2"));
    }

    @Test
    void importsWithoutProblemsAsVersionOneAndCanBePublished() {
        assertThat(instrument.getCode()).isEqualTo("IMG-INDUCTION");
        assertThat(instrument.getInstrumentVersion()).isEqualTo(1);
        assertThat(instrument.getTitle()).isEqualTo("IMG induction and first rotation");

        instrument.publish();

        assertThat(instrument.isPublished()).isTrue();
    }

    @Test
    void coversEveryConcernCategoryWithAFlagRule() {
        assertThat(instrument.items().stream()
                        .flatMap(i -> i.getFlagRules().stream())
                        .map(r -> r.getCategoryCode())
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(CATEGORY_CODES);
    }

    @Test
    void aSettledUkGraduateInAnotherSpecialtyAnswersWithoutProblemsAndRaisesNothing() {
        assertThat(instrument.validate(settledUkGraduate())).isEmpty();
        assertThat(instrument.flags(settledUkGraduate())).isEmpty();
    }

    @Test
    void theStudysChallengesRaiseTheirCategories() {
        Answers struggling = settledUkGraduate()
                .with("SPECIALTY_GROUP", "IMT")
                .with("PMQ_REGION", "INTERNATIONAL")
                .with("FIRST_NHS_POST", "yes")
                .with("NHS_MONTHS_BEFORE")
                .with("MOVED_TO_UK_RECENTLY", "yes")
                .with("ANXIETY_START", "4")
                .with("COMMUNICATION_CONCERN", "yes")
                .with("EPORTFOLIO_CONFIDENCE", "2")
                .with("SUPERVISOR_DIFFICULTY", "yes")
                .with("SUPERVISOR_DIFFICULTY_DETAIL", "No meeting arranged yet")
                .with("TEACHING_BARRIERS", "yes")
                .with("LIFE_IN_UK", "1")
                .with("DISCRIMINATION_BULLYING", "yes")
                .with("WORKLOAD", "5")
                .with("BURNOUT_WORN_OUT", "4")
                .with("BURNOUT_EXHAUSTED_MORNING", "5")
                .with("BURNOUT_EVERY_HOUR_TIRING", "3")
                .with("SUPPORT_WANTED", "PEER_GROUP", "PORTFOLIO_WEBINAR");

        assertThat(instrument.validate(struggling)).isEmpty();
        assertThat(instrument.flags(struggling))
                .containsExactly(
                        new Flag("ANXIETY_START", "ANXIETY_STARTING"),
                        new Flag("COMMUNICATION_CONCERN", "COMMUNICATION_SKILLS"),
                        new Flag("EPORTFOLIO_CONFIDENCE", "E_PORTFOLIO"),
                        new Flag("SUPERVISOR_DIFFICULTY", "SUPERVISOR_ACCESS"),
                        new Flag("TEACHING_BARRIERS", "EDUCATIONAL_BARRIERS"),
                        new Flag("LIFE_IN_UK", "LIFE_IN_UK"),
                        new Flag("DISCRIMINATION_BULLYING", "DISCRIMINATION_BULLYING"),
                        new Flag("WORKLOAD", "WORKLOAD"),
                        new Flag("BURNOUT_WORN_OUT", "WELLBEING_BURNOUT"),
                        new Flag("BURNOUT_EXHAUSTED_MORNING", "WELLBEING_BURNOUT"));
    }

    @Test
    void theSupervisorFollowUpIsAskedOnlyWhenReachingTheSupervisorIsDifficult() {
        Item detail = instrument.item("SUPERVISOR_DIFFICULTY_DETAIL").orElseThrow();

        assertThat(detail.getType()).isEqualTo(ItemType.FREE_TEXT);
        assertThat(instrument.isShown(detail, settledUkGraduate())).isFalse();
        assertThat(instrument.isShown(detail, settledUkGraduate().with("SUPERVISOR_DIFFICULTY", "yes")))
                .isTrue();
        assertThat(instrument.validate(settledUkGraduate().with("SUPERVISOR_DIFFICULTY_DETAIL", "text")))
                .containsExactly(new AnswerProblem(
                        "SUPERVISOR_DIFFICULTY_DETAIL",
                        "must be left blank: it applies only when SUPERVISOR_DIFFICULTY is yes"));
    }

    @Test
    void missingRequiredAnswersAreNamed() {
        assertThat(instrument.validate(Answers.none()))
                .extracting(AnswerProblem::itemCode)
                .isEqualTo(List.of(
                        "SPECIALTY_GROUP",
                        "PMQ_REGION",
                        "FIRST_NHS_POST",
                        "ANXIETY_START",
                        "COMMUNICATION_CONCERN",
                        "EPORTFOLIO_CONFIDENCE",
                        "SUPERVISOR_DIFFICULTY",
                        "LIFE_IN_UK",
                        "WORKLOAD"));
    }

    @Test
    void survivesAnExportImportRoundTrip() {
        InstrumentJson json = new InstrumentJson();
        Instrument again =
                json.read(json.write(instrument), CATEGORY_CODES).instrument().orElseThrow();

        assertThat(again.sameContentAs(instrument)).isTrue();
    }
}
