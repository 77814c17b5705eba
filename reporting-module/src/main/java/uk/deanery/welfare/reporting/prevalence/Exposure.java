package uk.deanery.welfare.reporting.prevalence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The support a respondent had before answering: whether they attended at least one support activity (of the chosen
 * kind, or any) between their cohort's baseline and the wave they answered, and how many. An activity counts when the
 * trainee's attendance is recorded as attended, it started before the wave opened, and no baseline wave of the
 * respondent's cohort opened after it (so support before the last baseline is not counted). A respondent whose
 * response is not linked to a trainee (an anonymous wave, or a pseudonymous import) is "not known".
 *
 * <p>Each value is a condition on the response, run as its own grouped statement; the grouping in the database is the
 * same as for every other dimension.
 */
public enum Exposure {
    ATTENDED("attended", "Attended", Bucket.EXISTS),
    NOT_ATTENDED("notAttended", "Did not attend", Bucket.NOT_EXISTS),
    NONE("0", "None attended", Bucket.COUNT_EQUALS),
    ONE("1", "1 attended", Bucket.COUNT_EQUALS),
    TWO("2", "2 attended", Bucket.COUNT_EQUALS),
    THREE_OR_MORE("3+", "3 or more attended", Bucket.COUNT_AT_LEAST),
    NOT_KNOWN("notKnown", "Not known (anonymous or pseudonymous response)", Bucket.UNLINKED);

    /** The values of a report split by exposure, and of one split by dose. */
    static final List<Exposure> BY_ATTENDANCE = List.of(ATTENDED, NOT_ATTENDED, NOT_KNOWN);

    static final List<Exposure> BY_DOSE = List.of(NONE, ONE, TWO, THREE_OR_MORE, NOT_KNOWN);

    private final String code;
    private final String label;
    private final Bucket bucket;

    Exposure(String code, String label, Bucket bucket) {
        this.code = code;
        this.label = label;
        this.bucket = bucket;
    }

    /** As the API and the groups name it: "attended", "notAttended", "0" to "3+", "notKnown". */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Exposure> byCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    /** Whether the respondent is linked to a trainee, so their attendance is known. */
    boolean isKnown() {
        return bucket != Bucket.UNLINKED;
    }

    /**
     * The condition a response meets to be in this group, in JPQL.
     *
     * @param participation the alias of the response's participation (left-joined)
     * @param wave the alias of the response's wave
     * @param cohort the alias of the response's cohort
     * @param ofKind whether to count only activities of one kind (parameter {@code exposureKind})
     */
    String condition(String participation, String wave, String cohort, boolean ofKind) {
        String attended = " FROM Attendance xa JOIN xa.activity xact WHERE xa.trainee = " + participation + ".trainee"
                + " AND xa.status = :exposureAttended AND xact.startsOn < " + wave + ".opensOn"
                + (ofKind ? " AND xact.kind = :exposureKind" : "")
                + " AND NOT EXISTS (SELECT xb FROM Wave xb JOIN xb.cohorts xbc WHERE xbc = " + cohort
                + " AND xb.kind = :exposureBaseline AND xb.opensOn > xact.startsOn AND xb.opensOn <= " + wave
                + ".opensOn)";
        String linked = participation + " IS NOT NULL";
        return switch (bucket) {
            case EXISTS -> linked + " AND EXISTS (SELECT xa" + attended + ")";
            case NOT_EXISTS -> linked + " AND NOT EXISTS (SELECT xa" + attended + ")";
            case COUNT_EQUALS -> linked + " AND (SELECT COUNT(xa)" + attended + ") = " + ordinal(this);
            case COUNT_AT_LEAST -> linked + " AND (SELECT COUNT(xa)" + attended + ") >= 3";
            case UNLINKED -> participation + " IS NULL";
        };
    }

    private static int ordinal(Exposure dose) {
        return dose.ordinal() - NONE.ordinal();
    }

    private enum Bucket {
        EXISTS,
        NOT_EXISTS,
        COUNT_EQUALS,
        COUNT_AT_LEAST,
        UNLINKED
    }
}
