package uk.deanery.welfare.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an accepted import of past survey rounds did. {@code created} and {@code unchanged} count responses (an import
 * never changes a stored response, so {@code updated} is always 0).
 *
 * @param wavesCreated past rounds created
 * @param cohortsCreated cohorts created because the caller asked for them
 * @param cohortsAdded cohorts added to rounds imported before
 */
@Schema(description = "What an accepted import of past survey rounds did")
public record SurveyImportCounts(
        int created, int updated, int unchanged, int wavesCreated, int cohortsCreated, int cohortsAdded) {}
