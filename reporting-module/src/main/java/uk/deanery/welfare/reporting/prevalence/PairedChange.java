package uk.deanery.welfare.reporting.prevalence;

/**
 * Before and after for the same people: the respondents of a baseline wave who answered the indicator's item again in
 * a follow-up wave of the same cohort (the same trainee, or the same pseudonymous id in the same programme), with the
 * exact McNemar test. Counts and p are null when the pairs are too few to show.
 *
 * @param exposure the {@link Exposure#code()} of the pairs' follow-up responses, or null when not split by exposure
 * @param b pairs who had it at baseline and not at follow-up
 * @param c pairs who had it at follow-up and not at baseline
 */
public record PairedChange(
        Indicator indicator,
        String baselineWave,
        String followUpWave,
        String exposure,
        Long pairs,
        Long b,
        Long c,
        Double pValue,
        boolean suppressed) {}
