package uk.deanery.welfare.reporting.prevalence;

/**
 * Two waves compared on one indicator with Fisher's exact test (two-sided) on their pooled counts; p is null when
 * either wave's result is not shown.
 */
public record WaveComparison(Indicator indicator, String waveA, String waveB, Double pValue, boolean suppressed) {}
