package uk.deanery.welfare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomKeyTest {

    @Test
    void keysLieAboveTheSequenceAndBelowTheLargestLong() {
        LongStream.range(0, 10_000).map(i -> RandomKey.next()).forEach(key -> assertThat(key)
                .isGreaterThanOrEqualTo(RandomKey.FLOOR)
                .isPositive());
    }

    @Test
    void keysDrawnOneAfterAnotherDoNotRise() {
        long[] keys = LongStream.range(0, 1_000).map(i -> RandomKey.next()).toArray();
        Set<Long> distinct = new HashSet<>();
        int rises = 0;
        for (int i = 0; i < keys.length; i++) {
            distinct.add(keys[i]);
            if (i > 0 && keys[i] > keys[i - 1]) {
                rises++;
            }
        }
        assertThat(distinct).hasSize(keys.length);
        // Random order rises about half the time (499.5 expected, standard deviation 9.1); a counter always would.
        assertThat(rises).isBetween(400, 600);
    }
}
