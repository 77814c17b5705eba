package uk.deanery.welfare.reporting.prevalence;

/**
 * A benchmark's pooled result for one indicator (all its groups' numerators over all their denominators), as shown
 * beside the groups it is compared with. Suppressed, like a cell, when showing it would let someone work out a value
 * that is not shown.
 *
 * @param wave the wave reference when the report is split by wave, else null
 * @param scope the specialty, deanery or programme code the benchmark's groups share
 * @param groups how many groups (programmes or cohorts) it pools
 */
public record BenchmarkTotal(
        Benchmark benchmark, String wave, String scope, Indicator indicator, int groups, Figures figures) {}
