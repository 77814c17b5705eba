package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.reporting.statistics.Tolerance.relative;

import org.junit.jupiter.api.Test;

/**
 * Reference values from numpy 2.4.6, {@code numpy.percentile(values, 25)} and {@code numpy.percentile(values, 75)}
 * (default {@code method='linear'}, R's type 7). Tolerance: 1e-9 relative; values that are observations are asserted
 * exactly, because a quartile boundary is compared with {@code >=}.
 */
class QuantileTest {

    @Test
    void withFiveValuesTheQuartilesAreTheSecondAndFourthExactly() {
        double[] values = {0.1, 0.2, 0.3, 0.4, 0.5};
        // numpy.percentile(values, 25) -> 0.2, numpy.percentile(values, 75) -> 0.4
        assertThat(Quantile.linear(values, 0.25)).isEqualTo(0.2);
        assertThat(Quantile.linear(values, 0.75)).isEqualTo(0.4);
    }

    @Test
    void withFourValuesTheQuartilesInterpolate() {
        double[] values = {0.1, 0.2, 0.3, 0.4};
        // numpy.percentile(values, 25) -> 0.17500000000000002, numpy.percentile(values, 75) -> 0.325
        assertThat(Quantile.linear(values, 0.25)).isCloseTo(0.17500000000000002, relative(0.17500000000000002));
        assertThat(Quantile.linear(values, 0.75)).isCloseTo(0.325, relative(0.325));
    }

    @Test
    void orderOfTheInputDoesNotMatterAndTheInputIsLeftAlone() {
        double[] values = {0.4, 0.1, 0.3, 0.2};
        // numpy.percentile([0.4, 0.1, 0.3, 0.2], 75) -> 0.325
        assertThat(Quantile.linear(values, 0.75)).isCloseTo(0.325, relative(0.325));
        assertThat(values).containsExactly(0.4, 0.1, 0.3, 0.2);
    }

    @Test
    void unevenlySpreadValuesMatchTheReference() {
        double[] values = {0.05, 0.1, 0.15, 0.2, 0.25, 0.9};
        // numpy.percentile(values, 25) -> 0.1125, numpy.percentile(values, 75) -> 0.2375
        assertThat(Quantile.linear(values, 0.25)).isCloseTo(0.1125, relative(0.1125));
        assertThat(Quantile.linear(values, 0.75)).isCloseTo(0.2375, relative(0.2375));
    }

    @Test
    void twoValuesGiveQuartersOfTheWayBetween() {
        double[] values = {0.2, 0.6};
        // numpy.percentile([0.2, 0.6], 25) -> 0.3, numpy.percentile([0.2, 0.6], 75) -> 0.5
        assertThat(Quantile.linear(values, 0.25)).isCloseTo(0.3, relative(0.3));
        assertThat(Quantile.linear(values, 0.75)).isCloseTo(0.5, relative(0.5));
    }

    @Test
    void equalValuesAndSingleValuesAreTheirOwnQuantiles() {
        assertThat(Quantile.linear(new double[] {0.3, 0.3, 0.3}, 0.75)).isEqualTo(0.3);
        assertThat(Quantile.linear(new double[] {0.5}, 0.25)).isEqualTo(0.5);
        assertThat(Quantile.linear(new double[] {0.5}, 0.75)).isEqualTo(0.5);
    }

    @Test
    void theEndsAreTheSmallestAndLargest() {
        double[] values = {0.3, 0.1, 0.7};
        assertThat(Quantile.linear(values, 0.0)).isEqualTo(0.1);
        assertThat(Quantile.linear(values, 1.0)).isEqualTo(0.7);
    }

    @Test
    void refusesNoValuesAndProbabilitiesOutsideZeroToOne() {
        assertThatThrownBy(() -> Quantile.linear(new double[0], 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantile needs at least one value");
        assertThatThrownBy(() -> Quantile.linear(new double[] {0.1}, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability must be in [0, 1], was 1.5");
    }
}
