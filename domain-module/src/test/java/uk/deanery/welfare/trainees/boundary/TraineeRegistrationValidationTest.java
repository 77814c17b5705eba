package uk.deanery.welfare.trainees.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TraineeRegistrationValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Map<String, String> messages(Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        return violations.stream()
                .collect(Collectors.toMap(
                        v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void aCompleteRegistrationIsValid() {
        assertThat(messages(new TraineeRegistration(
                        "1000001", "Adaeze", "Okonkwo", "trainee1@deanery.example", "Nigeria", true)))
                .isEmpty();
    }

    @Test
    void gmcNumberOfSixDigitsIsRefusedWithAClearMessage() {
        assertThat(messages(
                        new TraineeRegistration("100001", "Adaeze", "Okonkwo", "a@deanery.example", "Nigeria", true)))
                .containsExactly(Map.entry("gmcNumber", "must be exactly 7 digits"));
    }

    @Test
    void malformedEmailIsRefused() {
        assertThat(messages(new TraineeRegistration("1000001", "Adaeze", "Okonkwo", "not-an-email", "Nigeria", true)))
                .containsExactly(Map.entry("email", "must be an email address"));
    }

    @Test
    void everyMissingFieldIsReportedAsRequired() {
        assertThat(messages(new TraineeRegistration(" ", "", null, "", " ", false)))
                .containsOnlyKeys("gmcNumber", "forenames", "surname", "email", "pmqCountry")
                .containsEntry("forenames", "is required")
                .containsEntry("pmqCountry", "is required");
    }

    @Test
    void overlongForenamesAreRefusedWithTheLimit() {
        assertThat(messages(new TraineeRegistration(
                        "1000001", "x".repeat(101), "Okonkwo", "a@deanery.example", "Nigeria", true)))
                .containsExactly(Map.entry("forenames", "must be at most 100 characters"));
    }

    @Test
    void enrolmentEndingBeforeItStartsIsRefused() {
        Enrolment enrolment =
                new Enrolment("1000001", "YH-IMT", 2025, "IMT1", LocalDate.of(2025, 8, 6), LocalDate.of(2025, 8, 1));
        assertThat(messages(enrolment))
                .containsExactly(Map.entry("periodInOrder", "end date must not be before the start date"));
    }

    @Test
    void enrolmentIntakeYearOutsideTheRangeIsRefused() {
        Enrolment enrolment = new Enrolment("1000001", "YH-IMT", 1999, "IMT1", LocalDate.of(2025, 8, 6), null);
        assertThat(messages(enrolment)).containsExactly(Map.entry("intakeYear", "must be 2000 or later"));
    }
}
