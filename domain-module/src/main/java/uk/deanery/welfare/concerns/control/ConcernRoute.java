package uk.deanery.welfare.concerns.control;

import java.util.List;
import java.util.Optional;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernLevel;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/**
 * Who should hold a concern: the rules, apart from where the people come from.
 *
 * <ul>
 *   <li>A concern the trainee shared, and that is not about the supervisor, goes to their supervisor today.
 *   <li>"I cannot reach my supervisor" ({@code SUPERVISOR_ACCESS}) goes straight to the programme director, whatever
 *       was chosen, and so does any other shared concern with no supervisor to take it (a concern about the
 *       supervisor relationship is never routed through them).
 *   <li>A programme director who is also the trainee's supervisor is passed over, as is a programme with none: the
 *       concern goes to the deanery's welfare team, which also takes every concern kept for the deanery only.
 * </ul>
 *
 * @param level who holds it
 * @param email the holding person's address, empty for the deanery's welfare team
 */
public record ConcernRoute(ConcernLevel level, Optional<String> email) {

    public static final String SUPERVISOR_ACCESS = "SUPERVISOR_ACCESS";

    public static ConcernRoute deanery() {
        return new ConcernRoute(ConcernLevel.DEANERY, Optional.empty());
    }

    /** Where a new concern goes. */
    public static ConcernRoute first(
            WelfareConcern concern, Optional<String> supervisorToday, List<String> programmeDirectors) {
        if (concern.isVisibleToSupervisor() && supervisorToday.isPresent()) {
            return new ConcernRoute(ConcernLevel.SUPERVISOR, supervisorToday);
        }
        ConcernCategory category = concern.getCategory();
        if (SUPERVISOR_ACCESS.equals(category.getCode())
                || concern.getSharing() == ConcernSharing.SUPERVISOR_AND_DEANERY) {
            return director(supervisorToday, programmeDirectors);
        }
        return deanery();
    }

    /** Where a concern goes when its holder misses the deadline; empty at the top. */
    public static Optional<ConcernRoute> above(
            ConcernLevel current, Optional<String> supervisorToday, List<String> programmeDirectors) {
        return current.above()
                .map(next -> next == ConcernLevel.PROGRAMME_DIRECTOR
                        ? director(supervisorToday, programmeDirectors)
                        : deanery());
    }

    private static ConcernRoute director(Optional<String> supervisorToday, List<String> programmeDirectors) {
        return programmeDirectors.stream()
                .filter(email ->
                        supervisorToday.map(s -> !s.equalsIgnoreCase(email)).orElse(true))
                .findFirst()
                .map(email -> new ConcernRoute(ConcernLevel.PROGRAMME_DIRECTOR, Optional.of(email)))
                .orElseGet(ConcernRoute::deanery);
    }
}
