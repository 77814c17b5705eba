package uk.deanery.welfare.surveys.entity;

/**
 * An answer that matched a flag rule: the concern category it points to and the item that raised it.
 *
 * @param itemCode the item whose answer matched
 * @param categoryCode the concern category code, e.g. {@code SUPERVISOR_ACCESS}
 */
public record Flag(String itemCode, String categoryCode) {}
