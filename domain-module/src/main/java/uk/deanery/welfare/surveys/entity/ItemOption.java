package uk.deanery.welfare.surveys.entity;

import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.Text;

/**
 * One answer a choice item offers, or one point of a Likert scale: the value stored as the answer (short, stable,
 * used in rules and in historical CSV files) and the label the trainee reads.
 */
@Embeddable
public class ItemOption implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int VALUE_MAX = 40;
    public static final int LABEL_MAX = 500;
    static final String VALUE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]*";

    @NotNull
    @Size(max = VALUE_MAX)
    @Column(name = "option_value", nullable = false, length = VALUE_MAX)
    private String value;

    @NotNull
    @Size(max = LABEL_MAX)
    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    protected ItemOption() {}

    public ItemOption(String value, String label) {
        this.value = requiredText("value", value, VALUE_MAX);
        if (!this.value.matches(VALUE_PATTERN)) {
            throw new InvalidValueException(
                    "value", Text.quoted(this.value) + " may only hold letters, digits, '_', '.' and '-'");
        }
        this.label = requiredText("label", label, LABEL_MAX);
    }

    public static ItemOption of(String value, String label) {
        return new ItemOption(value, label);
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof ItemOption that && value.equals(that.value) && label.equals(that.label));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }

    @Override
    public String toString() {
        return value + "=" + label;
    }
}
