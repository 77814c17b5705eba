package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** One value of one answer; a multiple-choice answer is several of these with the same item code. */
@Embeddable
public class ResponseAnswer implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int VALUE_MAX = Item.FREE_TEXT_ANSWER_MAX;

    @NotNull
    @Size(max = Item.CODE_MAX)
    @Column(name = "item_code", nullable = false, length = Item.CODE_MAX)
    private String itemCode;

    @NotNull
    @Size(max = VALUE_MAX)
    @Column(name = "answer_value", nullable = false, length = VALUE_MAX)
    private String answerValue;

    protected ResponseAnswer() {}

    /** @throws uk.deanery.welfare.shared.InvalidValueException naming the item when the value is blank or too long */
    public ResponseAnswer(String itemCode, String answerValue) {
        this.itemCode = requiredText("itemCode", itemCode, Item.CODE_MAX);
        this.answerValue = requiredText(this.itemCode, answerValue, VALUE_MAX);
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getAnswerValue() {
        return answerValue;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof ResponseAnswer that
                        && itemCode.equals(that.itemCode)
                        && answerValue.equals(that.answerValue));
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemCode, answerValue);
    }

    // The value is personal data: keep it out of logs.
    @Override
    public String toString() {
        return "ResponseAnswer[" + itemCode + "]";
    }
}
