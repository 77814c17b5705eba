package uk.deanery.welfare.reporting.statistics;

import java.util.Objects;

/**
 * The 95% Wilson score interval of a proportion, as proportions in [0, 1]. Chosen over the textbook "p ± 1.96 SE"
 * interval because it stays inside [0, 1] and keeps a sensible width for the small groups and the 0-of-n and n-of-n
 * results that welfare surveys produce all the time.
 *
 * <p>Closed form, with x of n and z = {@link #Z_95}: centre (x + z²/2) / (n + z²), half-width z √(x(n − x)/n + z²/4)
 * / (n + z²). Without continuity correction, the same as scipy's {@code proportion_ci(method='wilson')} and R's {@code
 * prop.test(correct = FALSE)}.
 */
public record WilsonInterval(double low, double high) {

    /** The 97.5th percentile of the standard normal distribution, to double precision (R's {@code qnorm(0.975)}). */
    public static final double Z_95 = 1.959963984540054;

    public WilsonInterval {
        if (!(0.0 <= low && low <= high && high <= 1.0)) {
            throw new IllegalArgumentException(
                    "interval must satisfy 0 <= low <= high <= 1, was [" + low + ", " + high + "]");
        }
    }

    /** The interval for x of n; n must be at least 1, because 0 of 0 says nothing about the share. */
    public static WilsonInterval of(Proportion proportion) {
        Objects.requireNonNull(proportion, "proportion");
        if (!proportion.hasResponses()) {
            throw new IllegalArgumentException(
                    "a Wilson interval needs a denominator of at least 1, was " + proportion);
        }
        double x = proportion.numerator();
        double n = proportion.denominator();
        double zSquared = Z_95 * Z_95;
        double centre = (x + zSquared / 2) / (n + zSquared);
        double halfWidth = Z_95 * Math.sqrt(x * (n - x) / n + zSquared / 4) / (n + zSquared);
        // At 0 of n and n of n the closed form meets the bound exactly; rounding could leave it a hair inside.
        double low = x == 0 ? 0.0 : Math.max(0.0, centre - halfWidth);
        double high = x == n ? 1.0 : Math.min(1.0, centre + halfWidth);
        return new WilsonInterval(low, high);
    }

    /** Whether this interval is entirely above the other one, with no overlap (touching counts as overlap). */
    public boolean liesWhollyAbove(WilsonInterval other) {
        return low > other.high;
    }

    /** Whether this interval is entirely below the other one, with no overlap (touching counts as overlap). */
    public boolean liesWhollyBelow(WilsonInterval other) {
        return high < other.low;
    }
}
