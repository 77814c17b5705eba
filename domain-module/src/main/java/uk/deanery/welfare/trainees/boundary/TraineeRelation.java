package uk.deanery.welfare.trainees.boundary;

import java.time.LocalDate;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * A relationship through which someone other than the trainee reaches the trainee's records on a given day, such as
 * being their educational supervisor then. The component that owns the relationship provides it as a CDI bean, so
 * {@link TraineeAccess} asks it without depending on it.
 */
public interface TraineeRelation {

    boolean reaches(Caller caller, Trainee trainee, LocalDate day);
}
