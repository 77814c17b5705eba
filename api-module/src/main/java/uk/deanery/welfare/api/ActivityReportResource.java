package uk.deanery.welfare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import uk.deanery.welfare.reporting.activities.ActivityAttendance;
import uk.deanery.welfare.reporting.activities.ActivityReports;

/** {@code GET /api/v1/reports/activities}: each support activity's invited, signed up and attended, per cohort. */
@RequestScoped
@RolesAllowed({"admin", "analyst", "tpd"})
@Path("reports/activities")
public class ActivityReportResource {

    @Inject
    ActivityReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Attendance of support activities",
            description = "Per activity and cohort it was for: invited (the cohort's trainees), signedUp, attended and"
                    + " rate (attended / invited, 0 to 1). Admins and analysts: every programme; training programme"
                    + " directors: their own.")
    @APIResponse(responseCode = "200", description = "One row per activity and cohort, the latest activity first")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles, or the programmes asked for, do not allow it")
    public List<ActivityAttendance> attendance(
            @Parameter(description = "Programme codes (repeat, or separate by commas); all when left out")
                    @QueryParam("programme")
                    List<String> programmes) {
        return reports.attendance(QueryParams.values(programmes));
    }
}
