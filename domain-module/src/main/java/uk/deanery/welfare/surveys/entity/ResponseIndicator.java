package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * One indicator of one submitted response: the item was answered, and its answer does or does not meet the item's
 * flag rule for the category. Reports count these rows; because {@link Instrument#indicators} evaluates the very rules
 * that raise concerns, a report and the concerns it sits beside always agree. A blank item has no row, so it is out of
 * both numerator and denominator.
 */
@Embeddable
public class ResponseIndicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Size(max = Item.CODE_MAX)
    @Column(name = "item_code", nullable = false, length = Item.CODE_MAX)
    private String itemCode;

    @NotNull
    @Size(max = FlagRule.CATEGORY_MAX)
    @Column(name = "category_code", nullable = false, length = FlagRule.CATEGORY_MAX)
    private String categoryCode;

    // 1 or 0 rather than a boolean: reports sum it, and EclipseLink writes boolean literals in a SELECT as 1 and 0,
    // which H2 2 refuses to compare with a BOOLEAN column. A small integer sums the same on H2 and PostgreSQL.
    @Column(name = "met", nullable = false)
    private int met;

    protected ResponseIndicator() {}

    public ResponseIndicator(String itemCode, String categoryCode, boolean met) {
        this.itemCode = requiredText("itemCode", itemCode, Item.CODE_MAX);
        this.categoryCode = requiredText("categoryCode", categoryCode, FlagRule.CATEGORY_MAX);
        this.met = met ? 1 : 0;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public boolean isMet() {
        return met == 1;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof ResponseIndicator that
                        && itemCode.equals(that.itemCode)
                        && categoryCode.equals(that.categoryCode)
                        && met == that.met);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemCode, categoryCode, met);
    }

    // Whether a rule was met is derived from a welfare answer: keep it out of logs.
    @Override
    public String toString() {
        return "ResponseIndicator[" + itemCode + " -> " + categoryCode + "]";
    }
}
