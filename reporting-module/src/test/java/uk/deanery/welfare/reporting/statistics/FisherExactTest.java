package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.reporting.statistics.Tolerance.relative;

import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17.1, {@code scipy.stats.fisher_exact([[a, b], [c, d]],
 * alternative='two-sided').pvalue}, each cross-checked with exact rational arithmetic in Python (hypergeometric
 * probabilities from {@code math.comb} as {@code fractions.Fraction}, summing those not above the observed table's
 * times 1 + 1e-7, as R's {@code fisher.test}); the two agree to 9e-16 relative. Tolerance: 1e-9 relative; p = 1 is
 * asserted exactly.
 */
class FisherExactTest {

    @Test
    void ladyTastingTea() {
        // fisher_exact([[3, 1], [1, 3]]) -> 0.48571428571428565 (= 34/70)
        assertP(3, 1, 1, 3, 0.48571428571428565);
    }

    @Test
    void asymmetricTablesMatchTheReference() {
        // fisher_exact([[8, 2], [1, 5]]) -> 0.034965034965034975 (scipy's documented example)
        assertP(8, 2, 1, 5, 0.034965034965034975);
        // fisher_exact([[1, 9], [11, 3]]) -> 0.0027594561852200836
        assertP(1, 9, 11, 3, 0.0027594561852200836);
        // fisher_exact([[2, 7], [8, 2]]) -> 0.02301413756522116
        assertP(2, 7, 8, 2, 0.02301413756522116);
    }

    @Test
    void tablesWithZeroCellsMatchTheReference() {
        // fisher_exact([[0, 10], [3, 7]]) -> 0.21052631578947367
        assertP(0, 10, 3, 7, 0.21052631578947367);
        // fisher_exact([[0, 5], [5, 0]]) -> 0.007936507936507938 (= 2/252)
        assertP(0, 5, 5, 0, 0.007936507936507938);
        // fisher_exact([[10, 0], [0, 10]]) -> 1.082508822446903e-05 (= 2/184756)
        assertP(10, 0, 0, 10, 1.082508822446903e-05);
    }

    @Test
    void tablesAsLikelyAsTheObservedOneCountAsExtreme() {
        // Symmetric margins: [[1, 3], [3, 1]] is exactly as likely as [[3, 1], [1, 3]].
        // fisher_exact([[1, 3], [3, 1]]) -> 0.48571428571428565
        assertP(1, 3, 3, 1, 0.48571428571428565);
        // fisher_exact([[2, 2], [2, 2]]) -> 1.0
        assertThat(FisherExact.twoSided(2, 2, 2, 2)).isEqualTo(1.0);
        // fisher_exact([[3, 5], [5, 3]]) -> 0.6192696192696193
        assertP(3, 5, 5, 3, 0.6192696192696193);
    }

    @Test
    void tiesThatDifferOnlyByRoundingAreKeptByTheTolerance() {
        // With rows 4/4 and 3 "had it", a = 1 and a = 2 both have probability 30/70 exactly, but in double precision
        // the a = 1 table comes out about 5e-16 more likely. Without the tolerance it would be left out, giving 40/70.
        // fisher_exact([[2, 2], [1, 3]]) -> 1.0
        assertThat(FisherExact.twoSided(2, 2, 1, 3)).isEqualTo(1.0);
        // Here a = 0 and a = 2 are both 3003/12376; without the tolerance the result would be 3367/12376 = 0.272.
        // fisher_exact([[2, 4], [1, 10]]) -> 0.5147058823529412 (= 35/68)
        assertP(2, 4, 1, 10, 0.5147058823529412);
    }

    @Test
    void largerTableMatchesTheReference() {
        // fisher_exact([[45, 55], [30, 70]]) -> 0.040534006514982644
        assertP(45, 55, 30, 70, 0.040534006514982644);
    }

    @Test
    void emptyRowOrColumnGivesOne() {
        // fisher_exact([[0, 0], [3, 4]]) -> 1.0 and fisher_exact([[0, 3], [0, 4]]) -> 1.0
        assertThat(FisherExact.twoSided(0, 0, 3, 4)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(3, 4, 0, 0)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(0, 3, 0, 4)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(3, 0, 4, 0)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(0, 0, 0, 0)).isEqualTo(1.0);
    }

    @Test
    void swappingTheGroupsDoesNotChangeTheAnswer() {
        double p = FisherExact.twoSided(45, 55, 30, 70);
        assertThat(FisherExact.twoSided(30, 70, 45, 55)).isCloseTo(p, relative(p));
        assertThat(FisherExact.twoSided(55, 45, 70, 30)).isCloseTo(p, relative(p));
    }

    @Test
    void refusesNegativeCellsNamingTheCell() {
        assertThatThrownBy(() -> FisherExact.twoSided(1, 2, -3, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell c must not be negative, was -3");
    }

    private static void assertP(int a, int b, int c, int d, double expected) {
        assertThat(FisherExact.twoSided(a, b, c, d))
                .as("[[%d, %d], [%d, %d]]", a, b, c, d)
                .isCloseTo(expected, relative(expected));
    }
}
