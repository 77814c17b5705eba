package uk.deanery.welfare.surveys.control;

import static uk.deanery.welfare.shared.Checks.required;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.SurveyOrigin;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.surveys.entity.Flag;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Turns the flags a submitted response raised into welfare concerns. The description names the item and the wave,
 * never the answer: answers are health data and the concern list is read by more people than the survey is.
 */
public final class SurveyConcerns {

    private SurveyConcerns() {}

    public static String description(String itemCode, Wave wave) {
        return "Raised by the answer to " + required("itemCode", itemCode) + " in "
                + required("wave", wave).getTitle();
    }

    /**
     * One concern per flag, in flag order, with source {@link ConcernSource#SURVEY}.
     *
     * @param categories looks up a category by code; the flag rules were checked against the categories on import,
     *     so a missing one is a broken installation, not a user error
     */
    public static List<WelfareConcern> concernsFor(
            Trainee trainee,
            Wave wave,
            long waveId,
            List<Flag> flags,
            Function<String, ConcernCategory> categories,
            Instant now) {
        return flags.stream()
                .map(flag -> {
                    ConcernCategory category = categories.apply(flag.categoryCode());
                    if (category == null) {
                        throw new IllegalStateException("No concern category " + flag.categoryCode()
                                + " for the flag rule on " + flag.itemCode());
                    }
                    return WelfareConcern.fromSurvey(
                            trainee,
                            category,
                            description(flag.itemCode(), wave),
                            new SurveyOrigin(waveId, flag.itemCode()),
                            now);
                })
                .toList();
    }
}
