package uk.deanery.welfare.reporting.statistics;

/**
 * The outcome of {@link McNemarExact#test(int, int)}: the two discordant counts it was given and the two-sided p-value.
 *
 * @param b trainees who had it before and not after
 * @param c trainees who had it after and not before
 * @param pValue two-sided exact p-value in [0, 1]
 */
public record McNemarResult(int b, int c, double pValue) {

    public McNemarResult {
        McNemarExact.requireCount("b", b);
        McNemarExact.requireCount("c", c);
        if (!(0.0 <= pValue && pValue <= 1.0)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], was " + pValue);
        }
    }
}
