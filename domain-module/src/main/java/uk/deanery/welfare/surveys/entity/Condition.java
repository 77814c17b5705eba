package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * "Shown only if item X's answer ..." on an item. The item it looks at must come earlier in the instrument, so a
 * trainee always answers it first and conditions can never form a loop.
 */
@Embeddable
public class Condition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "condition_item_code", length = Item.CODE_MAX)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_operator", length = 20)
    private PredicateOperator operator;

    @Column(name = "condition_values", length = Item.PREDICATE_VALUES_MAX)
    private String values;

    protected Condition() {}

    public Condition(String itemCode, AnswerPredicate predicate) {
        this.itemCode = requiredText("showIf.item", itemCode, Item.CODE_MAX).toUpperCase(Locale.ROOT);
        required("showIf", predicate);
        this.operator = predicate.operator();
        this.values = predicate.joinedValues();
    }

    public static Condition when(String itemCode, AnswerPredicate predicate) {
        return new Condition(itemCode, predicate);
    }

    public String getItemCode() {
        return itemCode;
    }

    public AnswerPredicate getPredicate() {
        return AnswerPredicate.fromStorage(operator, values);
    }

    /** "SUPERVISOR_ACCESS is yes". */
    public String describe() {
        return itemCode + " " + getPredicate().describe();
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof Condition that
                        && itemCode.equals(that.itemCode)
                        && operator == that.operator
                        && values.equals(that.values));
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemCode, operator, values);
    }

    @Override
    public String toString() {
        return describe();
    }
}
