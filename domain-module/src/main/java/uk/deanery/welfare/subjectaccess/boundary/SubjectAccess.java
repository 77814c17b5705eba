package uk.deanery.welfare.subjectaccess.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.boundary.ConcernCaseFile;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.signin.boundary.SignInLinks;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemOption;
import uk.deanery.welfare.surveys.entity.Participation;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.Section;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.trainees.boundary.TraineeAudit;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Gathers {@link PersonalData} for the trainee asking, or for any trainee when an admin answers a request received
 * by post. The concerns' timelines and trails are read through {@link ConcernCaseFile}, so the export shows exactly
 * what its reader may see there (the trainee never sees the deanery's internal notes; an admin's export marks them
 * for review before it is sent). Every export is audited under the trainee.
 */
@ApplicationScoped
@Transactional
public class SubjectAccess {

    public static final String ACTION_EXPORT = "EXPORT_PERSONAL_DATA";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    TraineeService trainees;

    @Inject
    SupervisionService supervision;

    @Inject
    ConcernCaseFile caseFile;

    @Inject
    SignInLinks signInLinks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The calling trainee's own data. */
    public PersonalData mine() {
        access.requireRole(ACTION_EXPORT, Role.TRAINEE);
        Trainee me = traineeAccess
                .linkedTrainee()
                .orElseThrow(() -> access.deny(ACTION_EXPORT, TraineeAudit.SUBJECT_TRAINEE, null));
        return gather(me);
    }

    /**
     * A trainee's data for an admin answering a request made outside the product.
     *
     * @throws uk.deanery.welfare.shared.NotFoundException for an unknown GMC number
     */
    public PersonalData forTrainee(@NotBlank String gmcNumber) {
        access.requireRole(ACTION_EXPORT, Role.ADMIN);
        return gather(trainees.require(gmcNumber));
    }

    private PersonalData gather(Trainee trainee) {
        String gmc = trainee.getGmcNumber().getDigits();
        // Read before this export's own entries are written, so that it lists what happened up to now.
        List<PersonalData.Access> recordAccess = accesses(audit.entriesFor(TraineeAudit.SUBJECT_TRAINEE, gmc));
        PersonalData data = new PersonalData(
                Instant.now(clock),
                access.caller().name(),
                new PersonalData.Person(
                        gmc,
                        trainee.getForenames(),
                        trainee.getSurname(),
                        trainee.getEmail(),
                        trainee.getPmqCountry(),
                        trainee.isImg(),
                        trainee.isFirstNhsPost(),
                        trainee.isPeerSupporter()),
                trainee.getMemberships().stream()
                        .map(m -> new PersonalData.Membership(
                                m.getProgramme().getName() + " ("
                                        + m.getProgramme().getCode() + ")",
                                m.getCohort().getIntakeYear(),
                                m.getGrade(),
                                m.getPeriod().getStartDate(),
                                m.getPeriod().getEndDate()))
                        .toList(),
                trainee.getPlacements().stream()
                        .map(p -> new PersonalData.Placement(
                                p.getSite().getName(),
                                p.getGrade(),
                                p.getPeriod().getStartDate(),
                                p.getPeriod().getEndDate()))
                        .toList(),
                supervision.assignmentsOf(trainee).stream()
                        .map(a -> new PersonalData.Supervision(
                                a.getSupervisor().getFullName(),
                                a.getSupervisor().getEmail(),
                                a.getPeriod().getStartDate(),
                                a.getPeriod().getEndDate()))
                        .toList(),
                surveys(trainee),
                concerns(trainee),
                em.createNamedQuery(Attendance.FIND_BY_TRAINEE, Attendance.class)
                        .setParameter("trainee", trainee)
                        .getResultStream()
                        .map(a -> new PersonalData.Activity(
                                a.getActivity().getTitle(),
                                a.getActivity().getKind().label(),
                                a.getActivity().getStartsAt(),
                                a.getStatus().label(),
                                a.getJoinedOn().orElse(null),
                                a.getLeftOn().orElse(null)))
                        .toList(),
                signInLinks
                        .linkOf(trainee.getEmail())
                        .map(link -> new PersonalData.SignIn(link.getSubject(), link.getLinkedAt()))
                        .orElse(null),
                recordAccess);
        audit.record(ACTION_EXPORT, TraineeAudit.SUBJECT_TRAINEE, gmc, AuditOutcome.ALLOWED);
        return data;
    }

    // Linked waves only: an anonymous response has no link to anyone and cannot be found (PersonalData says so).
    private List<PersonalData.SurveyResponse> surveys(Trainee trainee) {
        List<PersonalData.SurveyResponse> surveys = new ArrayList<>();
        for (Participation participation : em.createNamedQuery(Participation.FIND_ALL_FOR_TRAINEE, Participation.class)
                .setParameter("trainee", trainee)
                .getResultList()) {
            if (!participation.getWave().isLinked()) {
                continue;
            }
            em.createNamedQuery(Response.FIND_BY_PARTICIPATION, Response.class)
                    .setParameter("participation", participation)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(response -> surveys.add(new PersonalData.SurveyResponse(
                            participation.getWave().getTitle(),
                            participation.getWave().getKind().label(),
                            response.isSubmitted() ? "Submitted" : "Draft, not submitted",
                            response.getSavedAt(),
                            response.getSubmittedAt().orElse(null),
                            answers(response))));
        }
        return surveys;
    }

    private static List<PersonalData.Answer> answers(Response response) {
        Map<String, List<String>> given = response.answersByItem();
        List<PersonalData.Answer> answers = new ArrayList<>();
        for (Section section : response.getWave().getInstrument().getSections()) {
            for (Item item : section.getItems()) {
                List<String> values = given.get(item.getCode());
                if (values != null) {
                    answers.add(new PersonalData.Answer(
                            item.getText(),
                            String.join(
                                    ", ",
                                    values.stream()
                                            .map(v -> item.option(v)
                                                    .map(ItemOption::getLabel)
                                                    .orElse(v))
                                            .toList())));
                }
            }
        }
        return answers;
    }

    private List<PersonalData.Concern> concerns(Trainee trainee) {
        return em.createNamedQuery(WelfareConcern.FIND_BY_TRAINEE, WelfareConcern.class)
                .setParameter("trainee", trainee)
                .getResultStream()
                .map(c -> new PersonalData.Concern(
                        c.getReference(),
                        c.getCategory().getLabel(),
                        c.getDescription(),
                        c.getSharing().label(),
                        c.getStatus().label(),
                        c.getRaisedAt(),
                        caseFile.timeline(c.getReference()).stream()
                                .map(e -> new PersonalData.Event(e.at(), e.who(), e.what(), e.text(), e.internal()))
                                .toList(),
                        accesses(caseFile.trail(c.getReference()))))
                .toList();
    }

    private static List<PersonalData.Access> accesses(List<AuditEntry> entries) {
        return entries.stream()
                .map(e -> new PersonalData.Access(
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction() + (e.getOutcome() == AuditOutcome.DENIED ? " (refused)" : "")))
                .toList();
    }
}
