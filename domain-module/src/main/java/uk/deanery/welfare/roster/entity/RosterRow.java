package uk.deanery.welfare.roster.entity;

import java.util.Optional;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.GmcNumber;

/**
 * One data row of a roster whose fields are individually valid; whether its programme and supervisor exist is
 * decided when it is written.
 *
 * @param row the CSV line number (header = 1)
 * @param supervisor the supervisor's GMC number or email, or null when the row names none
 */
public record RosterRow(
        int row,
        GmcNumber gmcNumber,
        String forenames,
        String surname,
        String email,
        String pmqCountry,
        boolean firstNhsPost,
        String programmeCode,
        int intakeYear,
        String grade,
        DateRange period,
        String supervisor) {

    public Optional<String> supervisorReference() {
        return Optional.ofNullable(supervisor);
    }
}
