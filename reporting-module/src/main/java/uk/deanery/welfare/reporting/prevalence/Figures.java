package uk.deanery.welfare.reporting.prevalence;

import uk.deanery.welfare.reporting.statistics.Proportion;
import uk.deanery.welfare.reporting.statistics.WilsonInterval;

/**
 * What a cell shows: numerator, denominator, the percentage (0 to 100, unrounded) and the 95% Wilson interval (as
 * proportions), or nothing at all when suppressed. Built only through {@link #shown} and {@link #SUPPRESSED}, so no
 * caller can show a count of a suppressed cell by mistake.
 */
public record Figures(
        Long numerator, Long denominator, Double percent, Double ciLow, Double ciHigh, boolean suppressed) {

    public static final Figures SUPPRESSED = new Figures(null, null, null, null, null, true);

    static Figures shown(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a shown cell needs respondents, was " + numerator + " of 0");
        }
        WilsonInterval interval =
                WilsonInterval.of(Proportion.of(Math.toIntExact(numerator), Math.toIntExact(denominator)));
        return new Figures(
                numerator, denominator, 100.0 * numerator / denominator, interval.low(), interval.high(), false);
    }
}
