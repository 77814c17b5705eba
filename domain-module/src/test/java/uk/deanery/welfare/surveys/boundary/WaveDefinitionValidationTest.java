package uk.deanery.welfare.surveys.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.surveys.boundary.WaveDefinition.CohortRef;
import uk.deanery.welfare.surveys.entity.WaveKind;

class WaveDefinitionValidationTest {

    private static final LocalDate OPENS = LocalDate.of(2025, 7, 1);
    private static final LocalDate CLOSES = LocalDate.of(2025, 7, 31);
    private static final List<CohortRef> COHORTS = List.of(new CohortRef("YH-IMT", 2025));

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

    private static WaveDefinition definition(WaveKind kind, Integer rotation, LocalDate opens, LocalDate closes) {
        return new WaveDefinition("Baseline 2025", "IMG-INDUCTION", 1, COHORTS, kind, rotation, opens, closes, true);
    }

    @Test
    void aCompleteDefinitionIsValid() {
        assertThat(messages(definition(WaveKind.BASELINE, null, OPENS, CLOSES))).isEmpty();
        assertThat(messages(definition(WaveKind.FOLLOW_UP, 1, OPENS, OPENS))).isEmpty();
    }

    @Test
    void everyMissingFieldIsReportedAsRequired() {
        Map<String, String> messages =
                messages(new WaveDefinition(" ", "", 1, List.of(), null, null, null, null, false));

        assertThat(messages)
                .containsEntry("title", "is required")
                .containsEntry("instrumentCode", "is required")
                .containsEntry("cohorts", "at least one cohort is required")
                .containsEntry("kind", "is required")
                .containsEntry("opensOn", "is required")
                .containsEntry("closesOn", "is required")
                .hasSize(6);
    }

    @Test
    void overlongTitleAndBadVersionAreRefusedWithTheirLimits() {
        WaveDefinition definition = new WaveDefinition(
                "x".repeat(201), "IMG-INDUCTION", 0, COHORTS, WaveKind.ANNUAL, null, OPENS, CLOSES, true);

        assertThat(messages(definition))
                .containsOnly(
                        Map.entry("title", "must be at most 200 characters"),
                        Map.entry("instrumentVersion", "must be at least 1"));
    }

    @Test
    void closingBeforeOpeningIsRefused() {
        assertThat(messages(definition(WaveKind.BASELINE, null, OPENS, OPENS.minusDays(1))))
                .containsExactly(Map.entry("datesInOrder", "the closing date must not be before the opening date"));
    }

    @Test
    void aRotationBelongsToAFollowUpOnly() {
        String message = "a follow-up wave needs the rotation it follows, and only a follow-up wave has one";
        assertThat(messages(definition(WaveKind.FOLLOW_UP, null, OPENS, CLOSES)))
                .containsExactly(Map.entry("rotationOnlyForFollowUp", message));
        assertThat(messages(definition(WaveKind.BASELINE, 2, OPENS, CLOSES)))
                .containsExactly(Map.entry("rotationOnlyForFollowUp", message));
        assertThat(messages(definition(WaveKind.FOLLOW_UP, 0, OPENS, CLOSES)))
                .containsExactly(Map.entry("followUpRotation", "must be at least 1"));
    }

    @Test
    void cohortReferencesAreCheckedToo() {
        WaveDefinition definition = new WaveDefinition(
                "Baseline",
                "IMG-INDUCTION",
                1,
                List.of(new CohortRef(" ", 1999)),
                WaveKind.BASELINE,
                null,
                OPENS,
                CLOSES,
                true);

        assertThat(messages(definition))
                .containsOnly(
                        Map.entry("cohorts[0].programmeCode", "is required"),
                        Map.entry("cohorts[0].intakeYear", "must be 2000 or later"));
    }
}
