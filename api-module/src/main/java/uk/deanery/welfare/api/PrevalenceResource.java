package uk.deanery.welfare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import uk.deanery.welfare.reporting.prevalence.Benchmark;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;
import uk.deanery.welfare.reporting.prevalence.ReportPart;
import uk.deanery.welfare.shared.InvalidValueException;

/** {@code GET /api/v1/reports/prevalence}: the report the report page shows, as JSON. */
@RequestScoped
@RolesAllowed({"admin", "analyst", "tpd"})
@Path("reports/prevalence")
public class PrevalenceResource {

    @Inject
    PrevalenceReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Prevalence of each challenge",
            description = "Per flag rule of the instrument, the share of respondents whose answer meets it, with 95%"
                    + " Wilson intervals; before/after pairs (exact McNemar) for a linked baseline and follow-up;"
                    + " Fisher's exact test for two waves named by compare; flags against a benchmark. Cells with"
                    + " fewer respondents than minCell have null numbers. Admins and analysts: every programme;"
                    + " training programme directors: their own.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = PrevalenceJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "A missing or bad parameter",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles, or the programmes asked for, do not allow it")
    public PrevalenceJson prevalence(
            @Parameter(description = "Instrument code, e.g. IMG-INDUCTION", required = true) @QueryParam("instrument")
                    String instrument,
            @Parameter(description = "One version of the instrument; all versions when left out") @QueryParam("version")
                    String version,
            @Parameter(description = "Programme codes (repeat, or separate by commas)") @QueryParam("programme")
                    List<String> programmes,
            @Parameter(description = "Specialty codes") @QueryParam("specialty") List<String> specialties,
            @Parameter(description = "Cohorts by intake year") @QueryParam("cohort") List<String> cohorts,
            @Parameter(description = "Wave references") @QueryParam("wave") List<String> waves,
            @Parameter(description = "Waves opening on or after, yyyy-mm-dd") @QueryParam("from") String from,
            @Parameter(description = "Waves opening on or before, yyyy-mm-dd") @QueryParam("to") String to,
            @Parameter(
                            description = "wave, cohort, programme, specialty, deanery, img, firstNhsPost, exposure"
                                    + " (attended support or not), dose (how many attended); default wave")
                    @QueryParam("groupBy")
                    List<String> groupBy,
            @Parameter(description = "specialty, deanery or programmeCohorts") @QueryParam("benchmark")
                    String benchmark,
            @Parameter(description = "Two wave references to compare: REF_A,REF_B") @QueryParam("compare")
                    List<String> compare,
            @Parameter(
                            description = "With groupBy exposure or dose: count only activities of this kind ("
                                    + ActivityKinds.NAMES + "); any kind when left out")
                    @QueryParam("exposureKind")
                    String exposureKind,
            @Parameter(
                            description = "The parts besides the cells: paired (before and after), answers (each"
                                    + " closed question's answers per group); both when left out. The cells, flags,"
                                    + " benchmarks and comparisons are always there: include=cells gives only those")
                    @QueryParam("include")
                    List<String> include) {
        if (instrument == null || instrument.isBlank()) {
            throw new InvalidValueException("instrument", "is required: the instrument code, e.g. IMG-INDUCTION");
        }
        List<Dimension> dimensions = QueryParams.each("groupBy", groupBy, name -> Dimension.byApiName(name)
                .orElseThrow(() -> new InvalidValueException(
                        "groupBy",
                        "'" + QueryParams.shortened(name) + "' is not one of wave, cohort, programme,"
                                + " specialty, deanery, img, firstNhsPost, exposure, dose")));
        Benchmark chosen = benchmark == null || benchmark.isBlank()
                ? Benchmark.NONE
                : Benchmark.byApiName(benchmark)
                        .orElseThrow(() -> new InvalidValueException(
                                "benchmark",
                                "'" + QueryParams.shortened(benchmark)
                                        + "' is not one of none, specialty, deanery, programmeCohorts"));
        ReportFilter filter = new ReportFilter(
                instrument,
                QueryParams.wholeNumber("version", version),
                QueryParams.values(waves),
                QueryParams.values(programmes),
                QueryParams.values(specialties),
                QueryParams.each("cohort", cohorts, year -> QueryParams.wholeNumber("cohort", year)),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                dimensions.isEmpty() ? List.of(Dimension.WAVE) : dimensions,
                chosen,
                QueryParams.values(compare),
                ActivityKinds.parse("exposureKind", exposureKind));
        return PrevalenceJson.of(reports.run(filter, parts(include)));
    }

    private static Set<ReportPart> parts(List<String> include) {
        List<String> named = QueryParams.values(include);
        if (named.isEmpty()) {
            return EnumSet.allOf(ReportPart.class);
        }
        Set<ReportPart> parts = EnumSet.noneOf(ReportPart.class);
        for (String name : named) {
            if (name.strip().equalsIgnoreCase("cells")) {
                continue;
            }
            parts.add(ReportPart.byApiName(name)
                    .orElseThrow(() -> new InvalidValueException(
                            "include", "'" + QueryParams.shortened(name) + "' is not one of cells, paired, answers")));
        }
        return parts;
    }
}
