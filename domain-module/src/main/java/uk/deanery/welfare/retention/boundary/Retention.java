package uk.deanery.welfare.retention.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.entity.ConcernNote;
import uk.deanery.welfare.concerns.entity.SafetyOverride;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.Wave;

/**
 * The retention policy, one period per kind of record (MicroProfile Config, in whole years):
 *
 * <ul>
 *   <li>{@code welfare.retention.concern-years} (default 6) after a concern was closed, what the trainee and the
 *       staff wrote in it (the description, notes, reasons for safety overrides) is removed; its category, dates,
 *       status and trainee stay, so counts of concerns do not change;
 *   <li>{@code welfare.retention.survey-years} (default 10) after a linked wave closed, its responses no longer point
 *       to the trainees' participations and their free-text answers are removed; drafts never submitted are
 *       deleted. The cohort, the other answers and the indicators stay, so the wave's prevalence and response rates
 *       do not change (its before-and-after pairs, which need the person, end).
 * </ul>
 *
 * Admins see what is due and may run it; a schedule runs it every night. Each record changed is audited, and a second
 * run changes nothing.
 */
@ApplicationScoped
@Transactional
public class Retention {

    public static final String ACTION_ANONYMISE_CONCERN = "RETENTION_ANONYMISE_CONCERN";
    public static final String ACTION_ANONYMISE_RESPONSES = "RETENTION_ANONYMISE_RESPONSES";
    public static final String ACTION_LIST = "LIST_RETENTION_DUE";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "welfare.retention.concern-years", defaultValue = "6")
    int concernYears;

    @Inject
    @ConfigProperty(name = "welfare.retention.survey-years", defaultValue = "10")
    int surveyYears;

    public int getConcernYears() {
        return concernYears;
    }

    public int getSurveyYears() {
        return surveyYears;
    }

    /** What the next run will anonymise, oldest first: concerns, then waves. */
    public List<DueItem> due() {
        access.requireRole(ACTION_LIST, Role.ADMIN);
        List<DueItem> due = new ArrayList<>();
        for (WelfareConcern concern : dueConcerns()) {
            due.add(new DueItem(
                    DueItem.Kind.CONCERN,
                    concern.getReference(),
                    concern.getCategory().getLabel(),
                    concern.getClosedAt()
                            .orElseThrow()
                            .atZone(DeaneryClock.ZONE)
                            .toLocalDate(),
                    1));
        }
        for (Wave wave : dueWaves()) {
            due.add(new DueItem(
                    DueItem.Kind.SURVEY_ANSWERS,
                    wave.getReference(),
                    wave.getTitle(),
                    wave.getClosesOn(),
                    linkedResponses(wave).size()));
        }
        return due;
    }

    /** Anonymises everything due, as an admin or the nightly schedule (the system). */
    public RetentionRun apply() {
        access.requireRole("apply retention", Role.ADMIN);
        Instant now = Instant.now(clock);
        int concerns = 0;
        for (WelfareConcern concern : dueConcerns()) {
            if (concern.anonymise(now)) {
                em.createNamedQuery(ConcernNote.FIND_BY_CONCERN, ConcernNote.class)
                        .setParameter("concern", concern)
                        .getResultList()
                        .forEach(ConcernNote::erase);
                em.createNamedQuery(SafetyOverride.FIND_BY_CONCERN, SafetyOverride.class)
                        .setParameter("concern", concern)
                        .getResultList()
                        .forEach(SafetyOverride::erase);
                audit.recordChange(
                        ACTION_ANONYMISE_CONCERN,
                        ConcernService.SUBJECT_CONCERN,
                        concern.getReference(),
                        "closed " + concern.getClosedAt().orElseThrow(),
                        "text removed");
                concerns++;
            }
        }
        int responses = 0;
        int drafts = 0;
        for (Wave wave : dueWaves()) {
            int detached = 0;
            int deleted = 0;
            for (Response response : linkedResponses(wave)) {
                if (response.isSubmitted()) {
                    if (response.detachForRetention()) {
                        detached++;
                    }
                } else {
                    em.remove(response);
                    deleted++;
                }
            }
            audit.recordChange(
                    ACTION_ANONYMISE_RESPONSES,
                    WaveService.SUBJECT_WAVE,
                    wave.getReference(),
                    "closed " + wave.getClosesOn(),
                    detached + " responses detached, " + deleted + " drafts deleted");
            responses += detached;
            drafts += deleted;
        }
        return new RetentionRun(concerns, responses, drafts);
    }

    private List<WelfareConcern> dueConcerns() {
        Instant before = LocalDate.now(clock)
                .minusYears(concernYears)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return em.createNamedQuery(WelfareConcern.FIND_DUE_FOR_RETENTION, WelfareConcern.class)
                .setParameter("before", before)
                .getResultList();
    }

    private List<Wave> dueWaves() {
        return em.createNamedQuery(Wave.FIND_DUE_FOR_RETENTION, Wave.class)
                .setParameter("before", LocalDate.now(clock).minusYears(surveyYears))
                .getResultList();
    }

    private List<Response> linkedResponses(Wave wave) {
        return em.createNamedQuery(Response.FIND_LINKED_IN_WAVE, Response.class)
                .setParameter("wave", wave)
                .getResultList();
    }
}
