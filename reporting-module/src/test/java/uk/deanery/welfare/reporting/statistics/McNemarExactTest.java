package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.reporting.statistics.Tolerance.relative;

import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17.1, {@code min(1, 2 * scipy.stats.binom.cdf(min(b, c), b + c, 0.5))}, cross-checked
 * with exact rational arithmetic in Python ({@code fractions.Fraction}, {@code math.comb}) and with {@code
 * scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue}. Tolerance: 1e-9 relative; p = 1 is asserted exactly.
 */
class McNemarExactTest {

    @Test
    void equalChangesBothWaysGiveExactlyOneNotMore() {
        for (int changes : new int[] {1, 5, 12, 1000}) {
            assertThat(McNemarExact.test(changes, changes).pValue())
                    .as("b = c = %d", changes)
                    .isEqualTo(1.0);
        }
    }

    @Test
    void nobodyChangingGivesOne() {
        assertThat(McNemarExact.test(0, 0)).isEqualTo(new McNemarResult(0, 0, 1.0));
    }

    @Test
    void oneChangeIsNoEvidence() {
        // min(1, 2 * binom.cdf(0, 1, 0.5)) = 1.0
        assertThat(McNemarExact.test(0, 1).pValue()).isEqualTo(1.0);
    }

    @Test
    void smallCountsMatchTheReference() {
        // min(1, 2 * binom.cdf(2, 11, 0.5)) = 0.0654296875 (= 134/2048 exactly)
        assertThat(McNemarExact.test(2, 9).pValue()).isCloseTo(0.0654296875, relative(0.0654296875));
        // min(1, 2 * binom.cdf(0, 7, 0.5)) = 0.015625 (= 2/128 exactly)
        assertThat(McNemarExact.test(0, 7).pValue()).isCloseTo(0.015625, relative(0.015625));
    }

    @Test
    void theTestIsSymmetricInItsTwoCounts() {
        assertThat(McNemarExact.test(9, 2).pValue())
                .isEqualTo(McNemarExact.test(2, 9).pValue());
    }

    @Test
    void moderateCountsMatchTheReference() {
        // min(1, 2 * binom.cdf(15, 45, 0.5)) = 0.035697803555194696
        assertThat(McNemarExact.test(15, 30).pValue()).isCloseTo(0.035697803555194696, relative(0.035697803555194696));
    }

    @Test
    void largeCountsMatchTheReference() {
        // min(1, 2 * binom.cdf(300, 650, 0.5)) = 0.05452994175892356
        assertThat(McNemarExact.test(300, 350).pValue()).isCloseTo(0.05452994175892356, relative(0.05452994175892356));
    }

    @Test
    void keepsTheCountsItWasGiven() {
        McNemarResult result = McNemarExact.test(2, 9);
        assertThat(result.b()).isEqualTo(2);
        assertThat(result.c()).isEqualTo(9);
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> McNemarExact.test(-1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b must not be negative, was -1");
        assertThatThrownBy(() -> McNemarExact.test(4, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("c must not be negative, was -2");
    }

    @Test
    void refusesAResultWithAPValueAboveOne() {
        assertThatThrownBy(() -> new McNemarResult(3, 3, 1.0000001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pValue must be in [0, 1]");
    }
}
