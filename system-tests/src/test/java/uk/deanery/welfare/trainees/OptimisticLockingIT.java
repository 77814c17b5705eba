package uk.deanery.welfare.trainees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/** Two people edit the same trainee: the one who saves second is told, instead of silently overwriting. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class OptimisticLockingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(OptimisticLockingIT.class);
    }

    @Inject
    TraineeService trainees;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void staleCopyOfATraineeCannotOverwriteAConcurrentChange() throws Exception {
        String gmc = TestData.uniqueGmcNumber();
        trainees.register(TestData.traineeRegistration(gmc, "Pakistan"));
        Trainee firstEditorsCopy = trainees.findByGmcNumber(gmc).orElseThrow();
        Trainee secondEditorsCopy = trainees.findByGmcNumber(gmc).orElseThrow();

        save(firstEditorsCopy, "First");
        Throwable failure = catchThrowable(() -> save(secondEditorsCopy, "Second"));

        assertThat(causes(failure)).anyMatch(OptimisticLockException.class::isInstance);
        assertThat(trainees.findByGmcNumber(gmc).orElseThrow().getForenames()).isEqualTo("First");
    }

    private void save(Trainee copy, String forenames) throws Exception {
        transaction.begin();
        try {
            Trainee managed = em.merge(copy);
            managed.updateDetails(forenames, managed.getSurname(), managed.getEmail(), managed.getPmqCountry(), true);
            em.flush();
            transaction.commit();
        } catch (Exception e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
