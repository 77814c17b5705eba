package uk.deanery.welfare.reporting.statistics;

import java.util.List;
import java.util.Objects;

/**
 * Flags a group (a programme, a trust) against its benchmark (all such groups in the deanery, say), in the style of
 * the GMC National Training Survey: a group stands out only when it is both among the most extreme groups and clearly
 * different from the benchmark as a whole, so a small group is not flagged on one or two answers.
 *
 * <ul>
 *   <li>{@link OutlierFlag#NOT_SHOWN} when the group's result is suppressed (too few responses to show);
 *   <li>{@link OutlierFlag#HIGH_OUTLIER} when its prevalence is in the benchmark's top quartile (at or above the 75th
 *       percentile of the groups' prevalences) and its 95% Wilson interval lies wholly above the Wilson interval of the
 *       benchmark's pooled proportion;
 *   <li>{@link OutlierFlag#HIGH} when it is in the top quartile but the intervals overlap;
 *   <li>{@link OutlierFlag#LOW_OUTLIER} and {@link OutlierFlag#LOW} the same with the bottom quartile (at or below the
 *       25th percentile) and the interval wholly below;
 *   <li>{@link OutlierFlag#TYPICAL} otherwise, including when the quartiles coincide (every group alike) and the
 *       group is at both and not an outlier.
 * </ul>
 *
 * Percentiles are {@link Quantile#linear(double[], double) type 7} (R's and numpy's default). Touching intervals
 * count as overlapping.
 */
public final class OutlierRule {

    static final double BOTTOM_QUARTILE = 0.25;
    static final double TOP_QUARTILE = 0.75;

    private OutlierRule() {}

    /**
     * @param group the group's result
     * @param benchmarkGroups the results of every group in the benchmark, the group itself included, each with at
     *     least one response; the caller decides which groups count (usually those shown)
     * @param pooled the benchmark's pooled result: all its numerators over all its denominators
     * @param suppressed whether the group's result is withheld for having too few responses
     */
    public static OutlierFlag flag(
            Proportion group, List<Proportion> benchmarkGroups, Proportion pooled, boolean suppressed) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(benchmarkGroups, "benchmarkGroups");
        Objects.requireNonNull(pooled, "pooled");
        if (suppressed) {
            return OutlierFlag.NOT_SHOWN;
        }
        if (!benchmarkGroups.contains(group)) {
            throw new IllegalArgumentException(
                    "benchmarkGroups must include the group itself (" + group + "), was " + benchmarkGroups);
        }
        double[] prevalences = new double[benchmarkGroups.size()];
        for (int i = 0; i < prevalences.length; i++) {
            Proportion benchmarkGroup = benchmarkGroups.get(i);
            if (!benchmarkGroup.hasResponses()) {
                throw new IllegalArgumentException("benchmark groups need at least one response each, was 0 of 0");
            }
            prevalences[i] = benchmarkGroup.value();
        }
        WilsonInterval groupInterval = WilsonInterval.of(group);
        WilsonInterval pooledInterval = WilsonInterval.of(pooled);
        double prevalence = group.value();
        boolean top = prevalence >= Quantile.linear(prevalences, TOP_QUARTILE);
        boolean bottom = prevalence <= Quantile.linear(prevalences, BOTTOM_QUARTILE);

        if (top && groupInterval.liesWhollyAbove(pooledInterval)) {
            return OutlierFlag.HIGH_OUTLIER;
        }
        if (bottom && groupInterval.liesWhollyBelow(pooledInterval)) {
            return OutlierFlag.LOW_OUTLIER;
        }
        if (top && !bottom) {
            return OutlierFlag.HIGH;
        }
        if (bottom && !top) {
            return OutlierFlag.LOW;
        }
        return OutlierFlag.TYPICAL;
    }
}
