package uk.deanery.welfare.interventions.entity;

/** Where one trainee stands with one activity. */
public enum AttendanceStatus {
    SIGNED_UP("Signed up"),
    ATTENDED("Attended"),
    ABSENT("Signed up but absent"),
    CANCELLED("Cancelled");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the place counts against the activity's capacity. */
    boolean takesAPlace() {
        return this == SIGNED_UP || this == ATTENDED;
    }
}
