package uk.deanery.welfare.shared;

import java.security.SecureRandom;

/**
 * Primary keys drawn at random for rows whose order of insertion must not be readable from their ids (an anonymous
 * survey response). They lie in [2<sup>62</sup>, 2<sup>63</sup>), far above anything the shared sequence hands out,
 * and two of a million collide with a probability of about 10<sup>-7</sup>; the primary key refuses a collision.
 */
public final class RandomKey {

    /** The smallest key drawn; every key of the shared sequence is below it. */
    public static final long FLOOR = 1L << 62;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomKey() {}

    public static long next() {
        return FLOOR | (RANDOM.nextLong() & (FLOOR - 1));
    }
}
