package uk.deanery.welfare.reporting.prevalence;

import java.util.Collection;

/**
 * Small-number suppression, the one place that decides what a report may show. A cell whose denominator is below the
 * threshold k shows no count, percentage or interval (primary suppression). A total shown beside its parts (a
 * benchmark's pooled result beside its programmes) is withheld when the parts a reader cannot see, suppressed or
 * outside their view, are exactly one (the total minus the shown parts would give it) or together fewer than k
 * (complementary suppression). Every page, chart, export and API answer takes its numbers from a report built with
 * these rules, so all of them hide the same cells.
 */
public final class Suppression {

    private final int minCell;

    public Suppression(int minCell) {
        if (minCell < 1) {
            throw new IllegalArgumentException("welfare.reporting.min-cell must be 1 or more, was " + minCell);
        }
        this.minCell = minCell;
    }

    public int minCell() {
        return minCell;
    }

    /** Whether a result with this many respondents must not be shown. */
    public boolean hides(long denominator) {
        return denominator < minCell;
    }

    /** The cell as it may be shown. */
    public Figures figures(long numerator, long denominator) {
        return hides(denominator) ? Figures.SUPPRESSED : Figures.shown(numerator, denominator);
    }

    /**
     * Whether a total may be shown beside its parts.
     *
     * @param unseenDenominators the denominators of the parts the reader does not see (suppressed, or not theirs)
     */
    public boolean totalMayBeShown(Collection<Long> unseenDenominators) {
        if (unseenDenominators.isEmpty()) {
            return true;
        }
        if (unseenDenominators.size() == 1) {
            return false;
        }
        return unseenDenominators.stream().mapToLong(Long::longValue).sum() >= minCell;
    }
}
