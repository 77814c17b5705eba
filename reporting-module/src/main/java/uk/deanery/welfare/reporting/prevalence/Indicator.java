package uk.deanery.welfare.reporting.prevalence;

import java.util.Comparator;

/**
 * One flag rule's indicator: the item asked and the concern category its answers point to.
 *
 * @param item the item code, e.g. {@code SUPERVISOR_DIFFICULTY}
 * @param category the concern category code, e.g. {@code SUPERVISOR_ACCESS}
 */
public record Indicator(String item, String category) {

    static final Comparator<Indicator> ORDER =
            Comparator.comparing(Indicator::category).thenComparing(Indicator::item);
}
