package uk.deanery.welfare.reporting.statistics;

import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * The exact McNemar test for the same trainees asked twice (before and after an intervention, say). Only those who
 * changed answer carry information: b had it before and not after, c the reverse. If the intervention made no
 * difference, each change is equally likely to go either way, so the smaller of b and c follows Binomial(b + c, 1/2).
 *
 * <p>Two-sided p = min(1, 2 · P[X ≤ min(b, c)]), and 1 when nobody changed. The cap matters: when b = c the doubled
 * tail is above 1, which some libraries report as it is.
 */
public final class McNemarExact {

    private McNemarExact() {}

    public static McNemarResult test(int b, int c) {
        requireCount("b", b);
        requireCount("c", c);
        int changed = Math.addExact(b, c);
        if (changed == 0) {
            return new McNemarResult(b, c, 1.0);
        }
        double tail = new BinomialDistribution(changed, 0.5).cumulativeProbability(Math.min(b, c));
        return new McNemarResult(b, c, Math.min(1.0, 2 * tail));
    }

    static void requireCount(String name, int count) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + count);
        }
    }
}
