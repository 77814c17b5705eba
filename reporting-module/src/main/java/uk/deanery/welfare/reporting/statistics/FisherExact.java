package uk.deanery.welfare.reporting.statistics;

import org.hipparchus.distribution.discrete.HypergeometricDistribution;

/**
 * Fisher's exact test, two-sided, for comparing two groups on a yes/no answer when the groups are too small for a
 * chi-squared test. The table is
 *
 * <pre>
 *             had it   did not
 *   group A     a         b
 *   group B     c         d
 * </pre>
 *
 * With the row and column totals fixed, a follows a hypergeometric distribution. The p-value is the total probability
 * of every table no more likely than the one observed. Tables whose probability equals the observed one in exact
 * arithmetic can differ from it in the last digits in floating point, so "no more likely" allows a relative tolerance
 * of {@value #RELATIVE_TOLERANCE}, as R's {@code fisher.test} does. scipy's {@code fisher_exact} allows 1e-14 instead,
 * so the two can disagree only on tables whose probabilities are within 1e-7 of each other without being equal. A
 * table with an empty row or column has only one possible arrangement, so p = 1.
 */
public final class FisherExact {

    static final double RELATIVE_TOLERANCE = 1e-7;

    private FisherExact() {}

    public static double twoSided(int a, int b, int c, int d) {
        requireCount("a", a);
        requireCount("b", b);
        requireCount("c", c);
        requireCount("d", d);
        int groupA = Math.addExact(a, b);
        int hadIt = Math.addExact(a, c);
        int total = Math.addExact(groupA, Math.addExact(c, d));
        if (groupA == 0 || groupA == total || hadIt == 0 || hadIt == total) {
            return 1.0;
        }
        HypergeometricDistribution tables = new HypergeometricDistribution(total, hadIt, groupA);
        double limit = tables.probability(a) * (1 + RELATIVE_TOLERANCE);
        double pValue = 0.0;
        for (int x = tables.getSupportLowerBound(); x <= tables.getSupportUpperBound(); x++) {
            double probability = tables.probability(x);
            if (probability <= limit) {
                pValue += probability;
            }
        }
        return Math.min(1.0, pValue);
    }

    private static void requireCount(String name, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("cell " + name + " must not be negative, was " + count);
        }
    }
}
