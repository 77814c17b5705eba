package uk.deanery.welfare.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an accepted roster import did: people and memberships created, updated, or found as they were. */
@Schema(description = "What an accepted roster import did")
public record ImportCounts(int created, int updated, int unchanged) {}
