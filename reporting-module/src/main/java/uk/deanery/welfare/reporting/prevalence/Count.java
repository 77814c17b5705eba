package uk.deanery.welfare.reporting.prevalence;

/** A grouped count straight from the database: how many answered the indicator's item, and how many met its rule. */
record Count(Group group, Indicator indicator, long numerator, long denominator) {

    Count plus(Count other) {
        return new Count(group, indicator, numerator + other.numerator, denominator + other.denominator);
    }
}
