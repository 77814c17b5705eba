package uk.deanery.welfare.reporting.statistics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Quantiles by linear interpolation between order statistics: Hyndman and Fan's type 7, the default of R's {@code
 * quantile} and of numpy's {@code percentile} / {@code quantile} ({@code method='linear'}). Named here because the
 * definitions disagree on small samples, and a quartile boundary decides whether a group is flagged.
 *
 * <p>For sorted values x₀ ≤ … ≤ xₙ₋₁ and probability p: h = (n − 1) p, j = ⌊h⌋, and the quantile is x_j + (h − j)
 * (x_{j+1} − x_j). So the 75th percentile of five values is the fourth smallest, exactly.
 */
public final class Quantile {

    private Quantile() {}

    public static double linear(double[] values, double probability) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("a quantile needs at least one value");
        }
        if (!(0.0 <= probability && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * probability;
        int j = (int) Math.floor(h);
        double fraction = h - j;
        // As R does: no arithmetic when the answer is an observed value, so boundaries compare exactly.
        if (fraction == 0.0 || sorted[j] == sorted[j + 1]) {
            return sorted[j];
        }
        return (1 - fraction) * sorted[j] + fraction * sorted[j + 1];
    }
}
