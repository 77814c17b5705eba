package uk.deanery.welfare.concerns.entity;

/**
 * Who may see a concern, as the trainee decides it. The deanery's welfare team always may; the choice is whether the
 * trainee's educational supervisor (and above them, the programme director) may too. A concern about the supervisor
 * relationship is never shown to the supervisor, whichever is chosen.
 */
public enum ConcernSharing {
    SUPERVISOR_AND_DEANERY(
            "My educational supervisor and the deanery",
            "Your educational supervisor, your training programme director and the deanery's welfare team can read"
                    + " this concern and work on it with you. Choose this if talking to your supervisor could help."),
    DEANERY_ONLY(
            "Only the deanery's welfare team",
            "Only the deanery's welfare team can read this concern. Your supervisor is not told that it exists. You can"
                    + " share it with your supervisor later. If it is about not being able to reach or approach your"
                    + " supervisor, your training programme director is also asked to help (never your supervisor).");

    private final String label;
    private final String explanation;

    ConcernSharing(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** In the trainee's words, for the choice on the page. */
    public String label() {
        return label;
    }

    /** What the choice means, shown before the trainee makes it. */
    public String explanation() {
        return explanation;
    }
}
