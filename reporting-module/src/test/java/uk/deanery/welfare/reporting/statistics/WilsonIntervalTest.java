package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.reporting.statistics.Tolerance.relative;

import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17.1, {@code scipy.stats.binomtest(k, n).proportion_ci(confidence_level=0.95,
 * method='wilson')}, whose z is {@code scipy.special.ndtri(0.975)} = 1.959963984540054, the same double as {@link
 * WilsonInterval#Z_95}. Each was cross-checked against the closed form in mpmath at 50 digits with that z (agreement
 * to 4e-16 relative). Tolerance: 1e-9 relative; the exact ends are asserted exactly.
 */
class WilsonIntervalTest {

    @Test
    void zIsTheNormalQuantileToDoublePrecision() {
        assertThat(WilsonInterval.Z_95).isEqualTo(1.959963984540054);
    }

    @Test
    void noneOfNStartsAtExactlyZero() {
        // binomtest(0, 10).proportion_ci(...) -> (0.0, 0.27753279986288926)
        WilsonInterval interval = WilsonInterval.of(Proportion.of(0, 10));
        assertThat(interval.low()).isEqualTo(0.0);
        assertThat(interval.high()).isCloseTo(0.27753279986288926, relative(0.27753279986288926));

        // binomtest(0, 40).proportion_ci(...) -> (0.0, 0.08762160119728662)
        WilsonInterval larger = WilsonInterval.of(Proportion.of(0, 40));
        assertThat(larger.low()).isEqualTo(0.0);
        assertThat(larger.high()).isCloseTo(0.08762160119728662, relative(0.08762160119728662));
    }

    @Test
    void allOfNEndsAtExactlyOne() {
        // binomtest(10, 10).proportion_ci(...) -> (0.7224672001371109, 1.0)
        WilsonInterval interval = WilsonInterval.of(Proportion.of(10, 10));
        assertThat(interval.low()).isCloseTo(0.7224672001371109, relative(0.7224672001371109));
        assertThat(interval.high()).isEqualTo(1.0);
    }

    @Test
    void aSingleResponseGivesAWideIntervalTouchingOneEnd() {
        // binomtest(0, 1).proportion_ci(...) -> (0.0, 0.7934506856227626)
        WilsonInterval no = WilsonInterval.of(Proportion.of(0, 1));
        assertThat(no.low()).isEqualTo(0.0);
        assertThat(no.high()).isCloseTo(0.7934506856227626, relative(0.7934506856227626));

        // binomtest(1, 1).proportion_ci(...) -> (0.20654931437723745, 1.0)
        WilsonInterval yes = WilsonInterval.of(Proportion.of(1, 1));
        assertThat(yes.low()).isCloseTo(0.20654931437723745, relative(0.20654931437723745));
        assertThat(yes.high()).isEqualTo(1.0);
    }

    @Test
    void typicalProportionsMatchTheReference() {
        // binomtest(12, 40).proportion_ci(...) -> (0.18074845229746528, 0.45430018818144935)
        assertInterval(Proportion.of(12, 40), 0.18074845229746528, 0.45430018818144935);
        // binomtest(1, 3).proportion_ci(...) -> (0.06149194472039626, 0.7923403991979523)
        assertInterval(Proportion.of(1, 3), 0.06149194472039626, 0.7923403991979523);
        // binomtest(250, 1000).proportion_ci(...) -> (0.2241530989836914, 0.27776028025908617)
        assertInterval(Proportion.of(250, 1000), 0.2241530989836914, 0.27776028025908617);
        // binomtest(39, 40).proportion_ci(...) -> (0.8711863103652591, 0.9955731684973186)
        assertInterval(Proportion.of(39, 40), 0.8711863103652591, 0.9955731684973186);
    }

    @Test
    void refusesNoneOfNone() {
        assertThatThrownBy(() -> WilsonInterval.of(Proportion.of(0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Wilson interval needs a denominator of at least 1, was 0 of 0");
    }

    @Test
    void refusesBoundsOutsideZeroToOneOrInTheWrongOrder() {
        assertThatThrownBy(() -> new WilsonInterval(-0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WilsonInterval(0.6, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WilsonInterval(0.5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void touchingIntervalsOverlap() {
        WilsonInterval lower = new WilsonInterval(0.1, 0.3);
        WilsonInterval upper = new WilsonInterval(0.3, 0.5);
        assertThat(upper.liesWhollyAbove(lower)).isFalse();
        assertThat(lower.liesWhollyBelow(upper)).isFalse();
        assertThat(new WilsonInterval(0.31, 0.5).liesWhollyAbove(lower)).isTrue();
        assertThat(lower.liesWhollyBelow(new WilsonInterval(0.31, 0.5))).isTrue();
    }

    private static void assertInterval(Proportion proportion, double low, double high) {
        WilsonInterval interval = WilsonInterval.of(proportion);
        assertThat(interval.low()).as("low of %s", proportion).isCloseTo(low, relative(low));
        assertThat(interval.high()).as("high of %s", proportion).isCloseTo(high, relative(high));
    }
}
