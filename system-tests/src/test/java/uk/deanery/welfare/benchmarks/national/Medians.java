package uk.deanery.welfare.benchmarks.national;

import java.util.List;

/** The median of timed runs. */
final class Medians {

    private Medians() {}

    static double of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no runs to take the median of");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
