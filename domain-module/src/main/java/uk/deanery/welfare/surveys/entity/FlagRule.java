package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.Text;

/**
 * On a closed item: when the answer passes the test, the answers point to a concern category (for example "yes" to
 * "I find it difficult to reach my educational supervisor" points to {@code SUPERVISOR_ACCESS}). The category is held
 * by code, the stable identifier the concern categories promise.
 */
@Embeddable
public class FlagRule implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int CATEGORY_MAX = 40;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_operator", nullable = false, length = 20)
    private PredicateOperator operator;

    @NotNull
    @Column(name = "rule_values", nullable = false, length = Item.PREDICATE_VALUES_MAX)
    private String values;

    @NotNull
    @Column(name = "category_code", nullable = false, length = CATEGORY_MAX)
    private String categoryCode;

    protected FlagRule() {}

    public FlagRule(AnswerPredicate when, String categoryCode) {
        required("when", when);
        this.operator = when.operator();
        this.values = when.joinedValues();
        this.categoryCode = requiredText("category", categoryCode, CATEGORY_MAX).toUpperCase(Locale.ROOT);
        if (!this.categoryCode.matches("[A-Z][A-Z0-9_]*")) {
            throw new InvalidValueException("category", Text.quoted(categoryCode) + " is not a concern category code");
        }
    }

    public AnswerPredicate getWhen() {
        return AnswerPredicate.fromStorage(operator, values);
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof FlagRule that
                        && operator == that.operator
                        && values.equals(that.values)
                        && categoryCode.equals(that.categoryCode));
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, values, categoryCode);
    }

    @Override
    public String toString() {
        return getWhen().describe() + " -> " + categoryCode;
    }
}
