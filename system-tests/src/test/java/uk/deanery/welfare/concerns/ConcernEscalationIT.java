package uk.deanery.welfare.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.boundary.EscalationCheck;
import uk.deanery.welfare.concerns.entity.ConcernEscalation;
import uk.deanery.welfare.concerns.entity.ConcernLevel;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.EscalationReason;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.mail.Mailer;
import uk.deanery.welfare.platform.mail.OutboxMessage;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * Who a concern goes to, and how it moves up when its holder does not acknowledge it in time: routing at raise
 * ("I cannot reach my supervisor" bypasses the supervisor), each level once even when two checks run at the same
 * moment, and the holder told by email without the concern's text. The check is given the moment it runs at, so
 * deadlines days ahead are tested without waiting.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernEscalationIT {

    private static final String DESCRIPTION = "I have tried for weeks to meet my supervisor about my rota";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ConcernEscalationIT.class);
    }

    @Inject
    ConcernService concerns;

    @Inject
    ConcernWork work;

    @Inject
    EscalationCheck check;

    @Inject
    TestData data;

    @Inject
    ProgrammeService programmes;

    @Inject
    SupervisionService supervision;

    @Inject
    TraineeService trainees;

    @Inject
    Mailer mailer;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    /** A trainee in a programme with a director, supervised by someone else; names the three. */
    private record People(String trainee, String traineeEmail, String supervisorEmail, String directorEmail) {}

    private People people(boolean directorSupervises) {
        return Actors.runAsSystem(() -> {
            String programme = data.programme();
            String trainee = data.enrolledTrainee(programme, 2026);
            String supervisor = data.supervisor();
            String supervisorEmail = supervision.requireSupervisor(supervisor).getEmail();
            supervision.assign(trainee, supervisor, DateRange.startingOn(LocalDate.of(2026, 8, 2)));
            String directorEmail = directorSupervises
                    ? supervisorEmail
                    : ("director." + programme + "@test.example").toLowerCase(java.util.Locale.ROOT);
            programmes.createDirector("Tess", "Director", directorEmail, programme);
            String traineeEmail = trainees.require(trainee).getEmail();
            return new People(trainee, traineeEmail, supervisorEmail, directorEmail);
        });
    }

    private static Caller trainee(People p) {
        return Caller.person(p.traineeEmail(), Set.of(Role.TRAINEE));
    }

    private static Caller supervisor(People p) {
        return Caller.person(p.supervisorEmail(), Set.of(Role.SUPERVISOR));
    }

    private static Caller director(People p) {
        return Caller.person(p.directorEmail(), Set.of(Role.TPD));
    }

    private WelfareConcern raise(People p, String category, ConcernSharing sharing) {
        return Actors.runAs(
                trainee(p), () -> concerns.raise(new ConcernSubmission(p.trainee(), category, DESCRIPTION, sharing)));
    }

    private WelfareConcern reload(WelfareConcern concern) {
        return Actors.runAsSystem(() -> concerns.find(concern.getReference()));
    }

    private List<ConcernEscalation> escalationsOf(WelfareConcern concern) {
        WelfareConcern managed = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", concern.getReference())
                .getSingleResult();
        return em.createNamedQuery(ConcernEscalation.FIND_BY_CONCERN, ConcernEscalation.class)
                .setParameter("concern", managed)
                .getResultList();
    }

    private List<OutboxMessage> mailAbout(WelfareConcern concern) {
        return Actors.runAsSystem(() -> mailer.recent(500)).stream()
                .filter(m -> m.getSubject().contains(concern.getReference()))
                .toList();
    }

    @Test
    void iCannotReachMySupervisorGoesStraightToTheProgrammeDirectorEvenWhenKeptForTheDeanery() {
        People p = people(false);

        WelfareConcern concern = raise(p, "SUPERVISOR_ACCESS", ConcernSharing.DEANERY_ONLY);

        WelfareConcern held = reload(concern);
        assertThat(held.getHolder()).isEqualTo(ConcernLevel.PROGRAMME_DIRECTOR);
        assertThat(held.getHolderEmail()).contains(p.directorEmail());
        assertThat(held.getAcknowledgeBy()).isAfter(held.getRaisedAt().plus(Duration.ofDays(4)));
        assertThat(Actors.runAs(director(p), () -> concerns.find(concern.getReference())))
                .isNotNull();
        assertThatThrownBy(() -> Actors.runAs(supervisor(p), () -> concerns.find(concern.getReference())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mailAbout(concern)).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipient()).isEqualTo(p.directorEmail());
            assertThat(mail.getBody())
                    .contains(concern.getReference(), "/concern.xhtml?ref=" + concern.getReference())
                    .doesNotContain(DESCRIPTION)
                    .doesNotContain("supervisor about")
                    .doesNotContain("Difficulty reaching");
        });
    }

    @Test
    void aDirectorWhoIsAlsoTheSupervisorIsPassedOverForTheDeanery() {
        People p = people(true);

        WelfareConcern concern = raise(p, "SUPERVISOR_ACCESS", ConcernSharing.SUPERVISOR_AND_DEANERY);

        assertThat(reload(concern).getHolder()).isEqualTo(ConcernLevel.DEANERY);
        assertThatThrownBy(() -> Actors.runAs(director(p), () -> concerns.find(concern.getReference())))
                .as("the director is the supervisor the concern is about")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mailAbout(concern))
                .extracting(OutboxMessage::getRecipient)
                .containsExactly("welfare-team@deanery.example");
    }

    @Test
    void aMissedDeadlineMovesTheConcernUpOneLevelAtATimeAndTheTopNeverExpires() {
        People p = people(false);
        WelfareConcern concern = raise(p, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        WelfareConcern atSupervisor = reload(concern);
        assertThat(atSupervisor.getHolder()).isEqualTo(ConcernLevel.SUPERVISOR);
        assertThat(atSupervisor.getHolderEmail()).contains(p.supervisorEmail());

        Instant beforeDeadline = atSupervisor.getAcknowledgeBy().minusSeconds(60);
        Actors.runAsSystem(() -> check.run(beforeDeadline));
        assertThat(reload(concern).getHolder()).isEqualTo(ConcernLevel.SUPERVISOR);

        Instant missed = atSupervisor.getAcknowledgeBy().plusSeconds(1);
        Actors.runAsSystem(() -> check.run(missed));
        WelfareConcern atDirector = reload(concern);
        assertThat(atDirector.getHolder()).isEqualTo(ConcernLevel.PROGRAMME_DIRECTOR);
        assertThat(atDirector.getHolderEmail()).contains(p.directorEmail());
        assertThat(atDirector.getAcknowledgeBy()).isAfter(missed);

        Actors.runAsSystem(() -> check.run(missed));
        assertThat(escalationsOf(concern))
                .as("a second run at the same moment changes nothing")
                .extracting(ConcernEscalation::getToLevel)
                .containsExactly(ConcernLevel.SUPERVISOR, ConcernLevel.PROGRAMME_DIRECTOR);

        Instant missedAgain = atDirector.getAcknowledgeBy().plusSeconds(1);
        Actors.runAsSystem(() -> check.run(missedAgain));
        Actors.runAsSystem(() -> check.run(missedAgain));
        WelfareConcern atDeanery = reload(concern);
        assertThat(atDeanery.getHolder()).isEqualTo(ConcernLevel.DEANERY);
        assertThat(atDeanery.isOverdue(missedAgain.plus(Duration.ofDays(60))))
                .as("still overdue at the top, never silently expired")
                .isTrue();
        assertThat(escalationsOf(concern))
                .extracting(ConcernEscalation::getReason)
                .containsExactly(
                        EscalationReason.ROUTED, EscalationReason.DEADLINE_MISSED, EscalationReason.DEADLINE_MISSED);
        assertThat(mailAbout(concern))
                .extracting(OutboxMessage::getRecipient)
                .containsExactly("welfare-team@deanery.example", p.directorEmail(), p.supervisorEmail());
    }

    @Test
    void twoChecksRunningAtTheSameMomentEscalateOnce() throws Exception {
        People p = people(false);
        WelfareConcern concern = raise(p, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        Instant missed = reload(concern).getAcknowledgeBy().plusSeconds(1);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = List.of(
                executor.submit(() -> {
                    start.await();
                    return Actors.runAsSystem(() -> check.run(missed));
                }),
                executor.submit(() -> {
                    start.await();
                    return Actors.runAsSystem(() -> check.run(missed));
                }));
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }

        assertThat(escalationsOf(concern))
                .extracting(ConcernEscalation::getToLevel)
                .containsExactly(ConcernLevel.SUPERVISOR, ConcernLevel.PROGRAMME_DIRECTOR);
        assertThat(mailAbout(concern))
                .extracting(OutboxMessage::getRecipient)
                .as("the director is told once")
                .containsOnlyOnce(p.directorEmail());
    }

    @Test
    void theHolderAcknowledgesAndTheClockStops() {
        People p = people(false);
        WelfareConcern concern = raise(p, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        Instant missed = reload(concern).getAcknowledgeBy().plusSeconds(1);

        assertThatThrownBy(() -> Actors.runAs(director(p), () -> work.acknowledge(concern.getReference())))
                .as("the director may read it but does not hold it")
                .isInstanceOf(AccessDeniedException.class);
        Actors.runAs(supervisor(p), () -> work.acknowledge(concern.getReference()));
        Actors.runAsSystem(() -> check.run(missed));

        WelfareConcern acknowledged = reload(concern);
        assertThat(acknowledged.getStatus()).isEqualTo(ConcernStatus.ACKNOWLEDGED);
        assertThat(acknowledged.getHolder()).isEqualTo(ConcernLevel.SUPERVISOR);
        assertThat(acknowledged.getAcknowledgedAt()).isNotNull();
    }

    @Test
    void aConcernKeptForTheDeaneryGoesToTheWelfareTeamAndTheSupervisorIsNotTold() {
        People p = people(false);

        WelfareConcern concern = raise(p, "WELLBEING_BURNOUT", ConcernSharing.DEANERY_ONLY);

        assertThat(reload(concern).getHolder()).isEqualTo(ConcernLevel.DEANERY);
        assertThat(mailAbout(concern))
                .extracting(OutboxMessage::getRecipient)
                .containsExactly("welfare-team@deanery.example");
    }
}
