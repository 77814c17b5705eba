package uk.deanery.welfare.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Instrument;

/** The national dataset's answers: the same for the same seed, and answers the questionnaire accepts. */
class StudyAnswersTest {

    private static final Instrument QUESTIONNAIRE = NationalDataset.builtInInstrument();

    @Test
    void theSameSeedGivesTheSameAnswersAndAnotherSeedOthers() {
        assertThat(answers(12)).isEqualTo(answers(12));
        assertThat(answers(13)).isNotEqualTo(answers(12));
    }

    @Test
    void everyBaselineAndFollowUpIsOneTheQuestionnaireAccepts() {
        SplittableRandom random = new SplittableRandom(12);
        StudyAnswers answering = new StudyAnswers(random, QUESTIONNAIRE);
        for (int i = 0; i < 2_000; i++) {
            Map<String, List<String>> baseline = answering.baseline(
                    answering.pattern(),
                    "IMT",
                    random.nextDouble() * 2 - 1,
                    random.nextBoolean(),
                    random.nextBoolean());
            assertThat(QUESTIONNAIRE.validate(Answers.of(baseline)))
                    .as("baseline %s", baseline)
                    .isEmpty();
            Map<String, List<String>> followUp = answering.followUp(baseline, random.nextBoolean());
            assertThat(QUESTIONNAIRE.validate(Answers.of(followUp)))
                    .as("follow-up %s", followUp)
                    .isEmpty();
        }
    }

    @Test
    void aUkGraduateDidNotMoveToTheUk() {
        StudyAnswers answering = new StudyAnswers(new SplittableRandom(12), QUESTIONNAIRE);
        for (int i = 0; i < 200; i++) {
            Map<String, List<String>> baseline = answering.baseline(answering.pattern(), "GP", 0, false, false);
            assertThat(baseline.get("PMQ_REGION")).containsExactly("UK");
            assertThat(baseline.get("MOVED_TO_UK_RECENTLY")).containsExactly("no");
            assertThat(baseline).containsKey("NHS_MONTHS_BEFORE");
        }
    }

    private static List<Map<String, List<String>>> answers(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StudyAnswers answering = new StudyAnswers(random, QUESTIONNAIRE);
        List<Map<String, List<String>>> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Map<String, List<String>> baseline = answering.baseline(answering.pattern(), "IMT", 0.3, true, true);
            all.add(baseline);
            all.add(answering.followUp(baseline, i % 2 == 0));
        }
        return all;
    }
}
