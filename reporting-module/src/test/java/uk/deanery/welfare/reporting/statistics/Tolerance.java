package uk.deanery.welfare.reporting.statistics;

import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;

/** The one tolerance the statistics tests use against reference values: relative, 1e-9 of the expected value. */
final class Tolerance {

    private Tolerance() {}

    static Offset<Double> relative(double expected) {
        return within(1e-9 * Math.abs(expected));
    }
}
