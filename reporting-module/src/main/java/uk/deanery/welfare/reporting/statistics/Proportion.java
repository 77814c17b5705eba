package uk.deanery.welfare.reporting.statistics;

/**
 * How many of a group had something out of how many answered, for example 12 of 40 trainees reporting burnout. Kept
 * as counts rather than a percentage because intervals and tests need the number who answered, not only the share.
 *
 * <p>0 of 0 is allowed (a group nobody in answered is still a fact to report), but it has no {@link #value()} and no
 * interval.
 */
public record Proportion(int numerator, int denominator) {

    public Proportion {
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator must not be negative, was " + numerator);
        }
        if (denominator < 0) {
            throw new IllegalArgumentException("denominator must not be negative, was " + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException(
                    "numerator (" + numerator + ") must not be greater than denominator (" + denominator + ")");
        }
    }

    public static Proportion of(int numerator, int denominator) {
        return new Proportion(numerator, denominator);
    }

    public boolean hasResponses() {
        return denominator > 0;
    }

    /** The share in [0, 1]; exactly 0 for none and exactly 1 for all. */
    public double value() {
        if (!hasResponses()) {
            throw new IllegalStateException("0 of 0 has no value: nobody answered");
        }
        return (double) numerator / denominator;
    }

    @Override
    public String toString() {
        return numerator + " of " + denominator;
    }
}
