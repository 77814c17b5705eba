package uk.deanery.welfare.interventions.entity;

/**
 * What kind of support an activity is. Sessions happen at a time; groups and schemes run over a period, and their
 * members join and leave.
 */
public enum ActivityKind {
    INDUCTION_SESSION("Induction session", false),
    PEER_MESSAGING_GROUP("Peer messaging group", true),
    WEBINAR("Webinar", false),
    QA_SESSION("Q&A session", false),
    BUDDY_SCHEME("Buddy or mentoring scheme", true),
    WELLBEING_SESSION("Wellbeing or PSW session", false),
    OTHER("Other", false);

    private final String label;
    private final boolean ongoing;

    ActivityKind(String label, boolean ongoing) {
        this.label = label;
        this.ongoing = ongoing;
    }

    /** The kind in words, as pages and reports show it. */
    public String label() {
        return label;
    }

    /** A group or scheme that runs over a period, rather than a session at a time. */
    public boolean isOngoing() {
        return ongoing;
    }
}
