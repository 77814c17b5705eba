package uk.deanery.welfare.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.roster.entity.RosterImportReport;
import uk.deanery.welfare.roster.entity.RosterProblem;
import uk.deanery.welfare.roster.entity.RosterRow;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.supervision.entity.EducationalSupervisor;
import uk.deanery.welfare.supervision.entity.SupervisorAssignment;
import uk.deanery.welfare.trainees.boundary.TraineeAudit;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;
import uk.deanery.welfare.trainees.entity.Trainee;
import uk.deanery.welfare.trainees.entity.TraineeDetails;

/**
 * Applies parsed roster rows in one transaction. Rule checks are made here, before anything that could fail inside
 * a service call: an exception crossing a transactional service would mark the transaction for rollback and stop
 * the remaining rows from being checked. Any problem ends in {@link RosterRejectedException}, rolling back all rows.
 */
@ApplicationScoped
public class RosterWriter {

    public static final String ACTION_IMPORT = "IMPORT_ROSTER";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    TraineeAudit trail;

    @Inject
    ProgrammeService programmes;

    @Inject
    TraineeService trainees;

    @Inject
    SupervisionService supervision;

    @Inject
    AuditLog audit;

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /**
     * Applies the rows.
     *
     * @param alreadyFound problems the reader found in other rows of the same file; they are reported together with
     *     the ones found here, and they alone are enough to reject the file
     * @throws RosterRejectedException listing every problem, in row order; nothing is then written
     */
    @Transactional
    public RosterImportReport write(List<RosterRow> rows, List<RosterProblem> alreadyFound) {
        List<RosterProblem> problems = new ArrayList<>(alreadyFound);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RosterRow row : rows) {
            switch (apply(row, problems)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> {}
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RosterProblem::row));
            throw new RosterRejectedException(problems);
        }
        audit.record(ACTION_IMPORT, "Roster", rows.size() + " rows", AuditOutcome.ALLOWED);
        return new RosterImportReport(List.of(), created, updated, unchanged);
    }

    private Outcome apply(RosterRow row, List<RosterProblem> problems) {
        int problemsBefore = problems.size();
        Optional<Programme> programme = programmes.findProgrammeByCode(row.programmeCode());
        if (programme.isEmpty()) {
            problems.add(new RosterProblem(
                    row.row(), RosterCsvReader.PROGRAMME, "unknown programme " + row.programmeCode()));
        }
        Optional<EducationalSupervisor> supervisor = row.supervisorReference().flatMap(supervision::findSupervisor);
        if (row.supervisorReference().isPresent() && supervisor.isEmpty()) {
            problems.add(new RosterProblem(
                    row.row(), RosterCsvReader.SUPERVISOR, "no registered supervisor " + row.supervisor()));
        }
        Optional<Trainee> byEmail = trainees.findByEmail(row.email());
        if (byEmail.isPresent() && !byEmail.get().getGmcNumber().equals(row.gmcNumber())) {
            problems.add(new RosterProblem(
                    row.row(),
                    RosterCsvReader.EMAIL,
                    "already belongs to the trainee with GMC number "
                            + byEmail.get().getGmcNumber()));
        }
        if (problems.size() > problemsBefore) {
            return Outcome.REJECTED;
        }
        try {
            boolean changed = false;
            Optional<Trainee> existing =
                    trainees.findByGmcNumber(row.gmcNumber().getDigits());
            Trainee trainee;
            if (existing.isPresent()) {
                trainee = existing.get();
                TraineeDetails before = trainee.details();
                changed = trainee.updateDetails(
                        row.forenames(), row.surname(), row.email(), row.pmqCountry(), row.firstNhsPost());
                trail.detailsChanged(trainee, before);
            } else {
                trainee = new Trainee(
                        row.gmcNumber(),
                        row.forenames(),
                        row.surname(),
                        row.email(),
                        row.pmqCountry(),
                        row.firstNhsPost());
                em.persist(trainee);
                trail.registered(trainee);
            }
            changed |= applyMembership(trainee, programme.get(), row);
            if (supervisor.isPresent()) {
                changed |= applyAssignment(trainee, existing.isEmpty(), supervisor.get(), row);
            }
            if (existing.isEmpty()) {
                return Outcome.CREATED;
            }
            return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
        } catch (ConflictException e) {
            problems.add(new RosterProblem(row.row(), columnFor(e.getField()), e.getReason()));
        } catch (InvalidValueException e) {
            problems.add(new RosterProblem(row.row(), columnFor(e.getField()), e.getReason()));
        }
        return Outcome.REJECTED;
    }

    private boolean applyMembership(Trainee trainee, Programme programme, RosterRow row) {
        Cohort cohort = programmes.findOrCreateCohort(programme, row.intakeYear());
        Optional<ProgrammeMembership> membership = trainee.membershipOf(programme, cohort);
        if (membership.isEmpty()) {
            ProgrammeMembership enrolled = trainee.enrol(programme, cohort, row.grade(), row.period());
            em.persist(enrolled);
            trail.enrolled(enrolled);
            return true;
        }
        if (membership.get().hasTerms(row.grade(), row.period())) {
            return false;
        }
        String before = membership.get().describe();
        membership.get().revise(row.grade(), row.period());
        trail.membershipRevised(membership.get(), before);
        return true;
    }

    private boolean applyAssignment(Trainee trainee, boolean isNew, EducationalSupervisor supervisor, RosterRow row) {
        // The query flushes first, so assignments made by earlier rows of this file are among the existing ones.
        List<SupervisorAssignment> existing = supervision.assignmentsOf(trainee);
        Optional<SupervisorAssignment> same = existing.stream()
                .filter(a -> a.getSupervisor().equals(supervisor)
                        && a.getPeriod().getStartDate().equals(row.period().getStartDate()))
                .findFirst();
        if (same.isPresent() && same.get().getPeriod().equals(row.period())) {
            return false;
        }
        if (!isNew) {
            // Only when something changes, so that re-importing a file leaves even the versions alone.
            supervision.lockAssignmentsOf(trainee);
        }
        try {
            if (same.isEmpty()) {
                SupervisorAssignment assigned =
                        SupervisorAssignment.assign(trainee, supervisor, row.period(), existing);
                em.persist(assigned);
                trail.supervisorAssigned(trainee, SupervisionService.assignmentsBefore(existing), assigned.forAudit());
            } else {
                String before = same.get().forAudit();
                same.get().reschedule(row.period(), existing);
                trail.supervisorAssigned(trainee, before, same.get().forAudit());
            }
            return true;
        } catch (ConflictException e) {
            throw new ConflictException(RosterCsvReader.SUPERVISOR, e.getReason());
        }
    }

    private static String columnFor(String field) {
        return switch (field) {
            case "gmcNumber" -> RosterCsvReader.GMC_NUMBER;
            case "pmqCountry" -> RosterCsvReader.PMQ_COUNTRY;
            case "intakeYear" -> RosterCsvReader.INTAKE_YEAR;
            case "startDate", "period" -> RosterCsvReader.START_DATE;
            case "endDate" -> RosterCsvReader.END_DATE;
            case "cohort" -> RosterCsvReader.PROGRAMME;
            default -> field;
        };
    }
}
