package uk.deanery.welfare.retention.boundary;

/** What a run of the retention policy did: concerns anonymised, survey responses detached, drafts deleted. */
public record RetentionRun(int concerns, int responses, int drafts) {

    public boolean changedNothing() {
        return concerns == 0 && responses == 0 && drafts == 0;
    }
}
