package uk.deanery.welfare.reporting.statistics;

/** How a group's result compares with its benchmark, as decided by {@link OutlierRule}. */
public enum OutlierFlag {
    HIGH_OUTLIER("High outlier"),
    HIGH("Higher than typical"),
    TYPICAL("Typical"),
    LOW("Lower than typical"),
    LOW_OUTLIER("Low outlier"),
    NOT_SHOWN("Not shown (too few responses)");

    private final String label;

    OutlierFlag(String label) {
        this.label = label;
    }

    /** The words a report shows, so a flag never depends on colour alone. */
    public String label() {
        return label;
    }
}
