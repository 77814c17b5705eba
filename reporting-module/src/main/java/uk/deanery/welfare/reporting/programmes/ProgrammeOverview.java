package uk.deanery.welfare.reporting.programmes;

import static java.util.stream.Collectors.groupingBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Programmes and cohorts with head counts. Three scalar queries rather than entity graphs: the page needs
 * numbers, not managed objects; memberships are counted by a GROUP BY, not loaded.
 */
@ApplicationScoped
public class ProgrammeOverview {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    public List<ProgrammeSummary> programmes() {
        access.requireRole("programme overview", Role.ADMIN);
        Map<Long, long[]> countsByCohort = new HashMap<>();
        // Counted in the database per cohort and country; which countries make an IMG is the trainee rule in Java,
        // applied to the few distinct countries rather than to every membership.
        for (Object[] row : em.createQuery(
                        "SELECT m.cohort.id, t.pmqCountry, COUNT(m) FROM ProgrammeMembership m JOIN m.trainee t"
                                + " GROUP BY m.cohort.id, t.pmqCountry",
                        Object[].class)
                .getResultList()) {
            long[] counts = countsByCohort.computeIfAbsent((Long) row[0], id -> new long[2]);
            long members = ((Number) row[2]).longValue();
            counts[0] += members;
            if (Trainee.isInternationalQualification((String) row[1])) {
                counts[1] += members;
            }
        }

        Map<String, List<CohortSummary>> cohortsByProgramme = em
                .createQuery("SELECT c.programme.code, c.intakeYear, c.id FROM Cohort c", Object[].class)
                .getResultList()
                .stream()
                .collect(groupingBy(
                        row -> (String) row[0],
                        java.util.stream.Collectors.mapping(
                                row -> {
                                    long[] counts = countsByCohort.getOrDefault((Long) row[2], new long[2]);
                                    return new CohortSummary((Integer) row[1], counts[0], counts[1]);
                                },
                                java.util.stream.Collectors.toList())));

        List<ProgrammeSummary> programmes = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "SELECT p.code, p.name, s.name, d.name FROM Programme p JOIN p.specialty s JOIN p.deanery d"
                                + " ORDER BY p.name",
                        Object[].class)
                .getResultList()) {
            List<CohortSummary> cohorts = new ArrayList<>(cohortsByProgramme.getOrDefault((String) row[0], List.of()));
            cohorts.sort(Comparator.comparingInt(CohortSummary::getIntakeYear).reversed());
            programmes.add(
                    new ProgrammeSummary((String) row[0], (String) row[1], (String) row[2], (String) row[3], cohorts));
        }
        return programmes;
    }
}
