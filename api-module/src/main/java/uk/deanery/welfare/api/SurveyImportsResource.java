package uk.deanery.welfare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;

/** {@code POST /api/v1/survey-imports}: past survey rounds in the historical CSV format, all or nothing. */
@RequestScoped
@RolesAllowed("admin")
@Path("survey-imports")
public class SurveyImportsResource {

    @Inject
    SurveyImport surveyImport;

    @POST
    @Consumes(CsvBody.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import past survey rounds",
            description = "One wave per round (kind, date, rotation) of the instrument version. All or nothing;"
                    + " sending the same file again changes nothing. Admins only.")
    @RequestBody(content = @Content(mediaType = CsvBody.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "200",
            description = "Imported; created counts responses",
            content = @Content(schema = @Schema(implementation = SurveyImportCounts.class)))
    @APIResponse(
            responseCode = "422",
            description = "Every problem, by row and column; nothing stored",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    @APIResponse(
            responseCode = "400",
            description = "A missing or bad query parameter",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles do not allow it")
    public Response importRounds(
            @Parameter(description = "Instrument code, e.g. IMG-INDUCTION", required = true) @QueryParam("instrument")
                    String instrument,
            @Parameter(description = "Instrument version, 1 or more", required = true) @QueryParam("version")
                    String versionText,
            @Parameter(description = "Create cohorts of existing programmes that the file names but that do not exist")
                    @QueryParam("createCohorts")
                    @DefaultValue("false")
                    boolean createCohorts,
            @Parameter(description = CsvBody.CHARSET_DESCRIPTION) @QueryParam(CsvBody.CHARSET_PARAMETER) String charset,
            @Context HttpHeaders headers,
            InputStream body) {
        if (instrument == null || instrument.isBlank()) {
            return Responses.badRequest(Problems.one("instrument", "is required: the instrument code"));
        }
        Integer version = QueryParams.wholeNumber("version", versionText);
        if (version == null || version < 1) {
            return Responses.badRequest(Problems.one("version", "is required: the instrument version, 1 or more"));
        }
        Optional<ImportCharset> encoding = CsvBody.charset(charset, headers);
        if (encoding.isEmpty()) {
            return Responses.badRequest(CsvBody.unknownCharset());
        }
        SurveyImportReport report =
                surveyImport.importFile(instrument, version, createCohorts, body, encoding.get(), new ImportProgress());
        if (!report.isAccepted()) {
            return Responses.unprocessable(new Problems(report.problems().stream()
                    .map(p -> new Problem(p.row(), p.column(), p.reason()))
                    .toList()));
        }
        return Response.ok(new SurveyImportCounts(
                        report.responsesCreated(),
                        0,
                        report.responsesUnchanged(),
                        report.wavesCreated(),
                        report.cohortsCreated(),
                        report.cohortsAdded()))
                .build();
    }
}
