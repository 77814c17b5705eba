package uk.deanery.welfare.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an accepted import did.
 *
 * @param wavesCreated survey imports only: the past rounds created (null for a roster)
 * @param cohortsCreated survey imports only: cohorts created because the caller asked for them
 * @param cohortsAdded survey imports only: cohorts added to rounds imported before
 */
@Schema(description = "What an accepted import did")
public record ImportCounts(
        int created, int updated, int unchanged, Integer wavesCreated, Integer cohortsCreated, Integer cohortsAdded) {}
