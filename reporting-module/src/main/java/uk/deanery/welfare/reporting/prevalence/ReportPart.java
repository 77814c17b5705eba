package uk.deanery.welfare.reporting.prevalence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a prevalence report besides its cells, which a caller may leave out: a national comparison of every
 * programme needs the cells and their flags, not the answer-by-answer distribution of each of its thousands of groups.
 * The cells, their flags, benchmarks and comparisons are always there.
 */
public enum ReportPart {
    /** Before and after for linked baseline and follow-up waves (exact McNemar). */
    PAIRED("paired"),
    /** Every closed question's answers, option by option, per group. */
    ANSWERS("answers");

    private final String apiName;

    ReportPart(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<ReportPart> byApiName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.apiName.equals(wanted)).findFirst();
    }
}
