package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Wilson intervals quoted in comments are from scipy 1.17.1, {@code scipy.stats.binomtest(k,
 * n).proportion_ci(confidence_level=0.95, method='wilson')}, rounded to 4 places; the quartiles from {@code
 * numpy.percentile}.
 */
class OutlierRuleTest {

    private static final Proportion TEN = Proportion.of(10, 100);
    private static final Proportion TWENTY = Proportion.of(20, 100);
    private static final Proportion THIRTY = Proportion.of(30, 100);
    private static final Proportion FORTY = Proportion.of(40, 100);
    private static final Proportion FIFTY = Proportion.of(50, 100);

    /** Quartiles 0.2 and 0.4, both observed values; pooled 150 of 500, Wilson [0.2615, 0.3416]. */
    private static final List<Proportion> FIVE_GROUPS = List.of(TEN, TWENTY, THIRTY, FORTY, FIFTY);

    private static final Proportion FIVE_POOLED = Proportion.of(150, 500);

    @Test
    void topQuartileAndIntervalWhollyAboveIsAHighOutlier() {
        // 50 of 100: Wilson [0.4038, 0.5962], low above the pooled high 0.3416
        assertThat(flagInFive(FIFTY)).isEqualTo(OutlierFlag.HIGH_OUTLIER);
    }

    @Test
    void atTheSeventyFifthPercentileCountsAsTopQuartile() {
        // 40 of 100 is exactly the 75th percentile; Wilson [0.3094, 0.4980] overlaps the pooled [0.2615, 0.3416]
        assertThat(flagInFive(FORTY)).isEqualTo(OutlierFlag.HIGH);
    }

    @Test
    void betweenTheQuartilesIsTypical() {
        assertThat(flagInFive(THIRTY)).isEqualTo(OutlierFlag.TYPICAL);
    }

    @Test
    void atTheTwentyFifthPercentileCountsAsBottomQuartile() {
        // 20 of 100 is exactly the 25th percentile; Wilson [0.1334, 0.2888] overlaps the pooled [0.2615, 0.3416]
        assertThat(flagInFive(TWENTY)).isEqualTo(OutlierFlag.LOW);
    }

    @Test
    void bottomQuartileAndIntervalWhollyBelowIsALowOutlier() {
        // 10 of 100: Wilson [0.0552, 0.1744], high below the pooled low 0.2615
        assertThat(flagInFive(TEN)).isEqualTo(OutlierFlag.LOW_OUTLIER);
    }

    @Test
    void justBelowAnInterpolatedQuartileIsNotInIt() {
        // Four groups: quartiles 0.175 and 0.325 (numpy.percentile); pooled 100 of 400, Wilson [0.2101, 0.2947].
        List<Proportion> four = List.of(TEN, TWENTY, THIRTY, FORTY);
        Proportion pooled = Proportion.of(100, 400);
        assertThat(OutlierRule.flag(THIRTY, four, pooled, false)).isEqualTo(OutlierFlag.TYPICAL);
        assertThat(OutlierRule.flag(TWENTY, four, pooled, false)).isEqualTo(OutlierFlag.TYPICAL);
        // 40 of 100: Wilson [0.3094, 0.4980], above 0.2947
        assertThat(OutlierRule.flag(FORTY, four, pooled, false)).isEqualTo(OutlierFlag.HIGH_OUTLIER);
        assertThat(OutlierRule.flag(TEN, four, pooled, false)).isEqualTo(OutlierFlag.LOW_OUTLIER);
    }

    @Test
    void anIntervalWhollyAboveThePooledOneIsNotEnoughOutsideTheTopQuartile() {
        // One large group pulls the pooled share down to 160 of 1400 (about 0.11); 35 of 100 lies wholly above it
        // but is below the 75th percentile (0.4), so it is typical.
        Proportion large = Proportion.of(10, 1000);
        Proportion thirtyFive = Proportion.of(35, 100);
        Proportion fortyFive = Proportion.of(45, 100);
        List<Proportion> benchmark = List.of(large, THIRTY, thirtyFive, FORTY, fortyFive);
        Proportion pooled = Proportion.of(160, 1400);
        assertThat(WilsonInterval.of(thirtyFive).liesWhollyAbove(WilsonInterval.of(pooled)))
                .isTrue();
        assertThat(OutlierRule.flag(thirtyFive, benchmark, pooled, false)).isEqualTo(OutlierFlag.TYPICAL);
    }

    @Test
    void whenEveryGroupIsAlikeNoneIsHigherOrLower() {
        Proportion same = Proportion.of(12, 40);
        List<Proportion> alike = List.of(same, Proportion.of(12, 40), Proportion.of(12, 40));
        assertThat(OutlierRule.flag(same, alike, Proportion.of(36, 120), false)).isEqualTo(OutlierFlag.TYPICAL);
        assertThat(OutlierRule.flag(same, List.of(same), same, false)).isEqualTo(OutlierFlag.TYPICAL);
    }

    @Test
    void aSuppressedGroupIsNotShownWhateverItsNumbers() {
        assertThat(OutlierRule.flag(FIFTY, FIVE_GROUPS, FIVE_POOLED, true)).isEqualTo(OutlierFlag.NOT_SHOWN);
        // Suppressed groups are often left out of the benchmark, and may have nobody answering at all.
        assertThat(OutlierRule.flag(Proportion.of(0, 0), FIVE_GROUPS, FIVE_POOLED, true))
                .isEqualTo(OutlierFlag.NOT_SHOWN);
    }

    @Test
    void refusesABenchmarkWithoutTheGroup() {
        assertThatThrownBy(() -> OutlierRule.flag(Proportion.of(7, 9), FIVE_GROUPS, FIVE_POOLED, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("benchmarkGroups must include the group itself (7 of 9)");
    }

    @Test
    void refusesBenchmarkGroupsAndPooledResultsWithNobodyAnswering() {
        List<Proportion> withAnEmptyGroup = List.of(TEN, Proportion.of(0, 0));
        assertThatThrownBy(() -> OutlierRule.flag(TEN, withAnEmptyGroup, Proportion.of(10, 100), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("benchmark groups need at least one response each, was 0 of 0");
        assertThatThrownBy(() -> OutlierRule.flag(TEN, List.of(TEN), Proportion.of(0, 0), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    private static OutlierFlag flagInFive(Proportion group) {
        return OutlierRule.flag(group, FIVE_GROUPS, FIVE_POOLED, false);
    }
}
