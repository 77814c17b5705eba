package uk.deanery.welfare.benchmarks.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemType;

/**
 * Answers to the built-in questionnaire as the Yorkshire and Humber study's respondents gave them: a respondent drawn
 * at random is the pattern of a trainee's baseline, told by the trainee's record and moved by their programme's
 * effect; the follow-up eases most worries, more for those who attended the webinar. Draws from the generator's own
 * seeded random numbers, so the same seed gives the same answers.
 */
final class StudyAnswers {

    private static final String[] LIKERT_HIGH_IS_WORSE = {
        "ANXIETY_START", "WORKLOAD", "BURNOUT_WORN_OUT", "BURNOUT_EXHAUSTED_MORNING", "BURNOUT_EVERY_HOUR_TIRING"
    };
    private static final String[] LIKERT_LOW_IS_WORSE = {"EPORTFOLIO_CONFIDENCE", "LIFE_IN_UK"};
    private static final String[] YES_IS_WORSE = {
        "COMMUNICATION_CONCERN", "SUPERVISOR_DIFFICULTY", "TEACHING_BARRIERS", "DISCRIMINATION_BULLYING"
    };

    private final SplittableRandom random;
    private final Instrument instrument;
    private final List<String[]> study = studyRespondents();

    StudyAnswers(SplittableRandom random, Instrument instrument) {
        this.random = random;
        this.instrument = instrument;
    }

    /** A respondent of the study, drawn at random (never the header). */
    String[] pattern() {
        return study.get(1 + random.nextInt(study.size() - 1));
    }

    /** A draft holds the answers to the first questions only. */
    static Map<String, List<String>> firstHalf(Map<String, List<String>> given) {
        Map<String, List<String>> half = new LinkedHashMap<>();
        int keep = Math.max(1, given.size() / 2);
        for (Map.Entry<String, List<String>> entry : given.entrySet()) {
            if (half.size() == keep) {
                break;
            }
            half.put(entry.getKey(), entry.getValue());
        }
        return half;
    }

    /** The study respondent's pattern, told by this trainee's record and moved by the programme's effect. */
    Map<String, List<String>> baseline(
            String[] pattern, String specialtyGroup, double programmeEffect, boolean img, boolean firstNhsPost) {
        String[] header = study.get(0);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (int column = 7; column < header.length; column++) {
            String value = pattern[column];
            if (!value.isBlank()) {
                answers.put(header[column], List.of(value.split("\\|")));
            }
        }
        // Where the study's respondent left a question blank, a middling answer: always to a required one, mostly to
        // the others (the study's paper rounds left more blank than an online form does).
        for (Item item : instrument.items()) {
            boolean answer = item.isRequired() || (item.getCondition().isEmpty() && random.nextDouble() < 0.8);
            if (answer && !answers.containsKey(item.getCode())) {
                if (item.getType() == ItemType.YES_NO) {
                    answers.put(item.getCode(), List.of(random.nextDouble() < 0.25 ? "yes" : "no"));
                } else if (item.getType() == ItemType.LIKERT_5) {
                    answers.put(item.getCode(), List.of(String.valueOf(2 + random.nextInt(3))));
                }
            }
        }
        answers.put("SPECIALTY_GROUP", List.of(specialtyGroup));
        answers.put("PMQ_REGION", List.of(img ? "INTERNATIONAL" : "UK"));
        answers.put("FIRST_NHS_POST", List.of(firstNhsPost ? "yes" : "no"));
        if (firstNhsPost) {
            answers.remove("NHS_MONTHS_BEFORE");
        } else {
            answers.put("NHS_MONTHS_BEFORE", List.of(String.valueOf(3 + random.nextInt(60))));
        }
        if (!img) {
            // UK graduates did not move to the UK, and rarely share the IMGs' worries about it.
            answers.put("MOVED_TO_UK_RECENTLY", List.of("no"));
            answers.put("LIFE_IN_UK", List.of(String.valueOf(4 + random.nextInt(2))));
            answers.put("COMMUNICATION_CONCERN", List.of(random.nextDouble() < 0.05 ? "yes" : "no"));
            shift(answers, LIKERT_HIGH_IS_WORSE, -1, 0.4);
        }
        // The programme's effect: a worse programme moves answers towards the flags, a better one away.
        double worse = Math.max(0, Math.min(0.8, 0.1 + programmeEffect * 0.3));
        double better = Math.max(0, Math.min(0.8, 0.1 - programmeEffect * 0.3));
        shift(answers, LIKERT_HIGH_IS_WORSE, +1, worse);
        shift(answers, LIKERT_HIGH_IS_WORSE, -1, better);
        shift(answers, LIKERT_LOW_IS_WORSE, -1, worse);
        shift(answers, LIKERT_LOW_IS_WORSE, +1, better);
        flip(answers, YES_IS_WORSE, "no", "yes", worse / 2);
        flip(answers, YES_IS_WORSE, "yes", "no", better / 2);
        answers.remove("SUPERVISOR_DIFFICULTY_DETAIL");
        answers.remove("OTHER_COMMENTS");
        return answers;
    }

    /** After the first rotation most worries ease, more for those who came to the webinar; a few grow. */
    Map<String, List<String>> followUp(Map<String, List<String>> baseline, boolean attendedWebinar) {
        Map<String, List<String>> answers = new LinkedHashMap<>(baseline);
        double easing = attendedWebinar ? 0.45 : 0.3;
        shift(answers, LIKERT_HIGH_IS_WORSE, -1, easing);
        shift(answers, LIKERT_HIGH_IS_WORSE, +1, 0.1);
        shift(answers, LIKERT_LOW_IS_WORSE, +1, easing);
        shift(answers, LIKERT_LOW_IS_WORSE, -1, 0.1);
        flip(answers, YES_IS_WORSE, "yes", "no", easing);
        flip(answers, YES_IS_WORSE, "no", "yes", 0.05);
        return answers;
    }

    private void shift(Map<String, List<String>> answers, String[] items, int by, double probability) {
        for (String item : items) {
            List<String> value = answers.get(item);
            if (value != null && random.nextDouble() < probability) {
                int point = Math.max(1, Math.min(5, Integer.parseInt(value.get(0)) + by));
                answers.put(item, List.of(String.valueOf(point)));
            }
        }
    }

    private void flip(Map<String, List<String>> answers, String[] items, String from, String to, double probability) {
        for (String item : items) {
            List<String> value = answers.get(item);
            if (value != null && value.get(0).equals(from) && random.nextDouble() < probability) {
                answers.put(item, List.of(to));
            }
        }
    }

    /** The study's respondents' rows (the header first), as the demo loads them. */
    private static List<String[]> studyRespondents() {
        try (InputStream in = StudyAnswers.class.getResourceAsStream("/demo/study-rounds.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
