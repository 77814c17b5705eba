package uk.deanery.welfare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import uk.deanery.welfare.roster.boundary.RosterImport;
import uk.deanery.welfare.roster.entity.RosterImportReport;
import uk.deanery.welfare.shared.ImportCharset;

/** {@code POST /api/v1/rosters}: the TIS-like roster CSV, all or nothing, as the roster page imports it. */
@RequestScoped
@RolesAllowed("admin")
@Path("rosters")
public class RostersResource {

    @Inject
    RosterImport rosters;

    @POST
    @Consumes(CsvBody.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a roster",
            description = "Creates or updates trainees, memberships and supervisor assignments. All or nothing:"
                    + " with any problem nothing is stored. Sending the same file again changes nothing. Admins only.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = CsvBody.MEDIA_TYPE,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportCounts.class)))
    @APIResponse(
            responseCode = "422",
            description = "Every problem, by row and column; nothing stored",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles do not allow it")
    @APIResponse(
            responseCode = "400",
            description = "An encoding that is not taken",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    public Response importRoster(
            @Parameter(description = CsvBody.CHARSET_DESCRIPTION) @QueryParam(CsvBody.CHARSET_PARAMETER) String charset,
            @Context HttpHeaders headers,
            InputStream body) {
        Optional<ImportCharset> encoding = CsvBody.charset(charset, headers);
        if (encoding.isEmpty()) {
            return Responses.badRequest(CsvBody.unknownCharset());
        }
        RosterImportReport report = rosters.importRoster(body, encoding.get());
        if (report.hasProblems()) {
            return Responses.unprocessable(new Problems(report.problems().stream()
                    .map(p -> new Problem(p.row(), p.column(), p.reason()))
                    .toList()));
        }
        return Response.ok(new ImportCounts(report.created(), report.updated(), report.unchanged()))
                .build();
    }
}
