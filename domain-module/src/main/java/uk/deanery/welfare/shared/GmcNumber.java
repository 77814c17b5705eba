package uk.deanery.welfare.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/** A General Medical Council reference number: the one identifier a doctor keeps across deaneries and posts. */
@Embeddable
public class GmcNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int LENGTH = 7;

    @NotNull
    @Pattern(regexp = "\\d{7}", message = "must be exactly 7 digits")
    @Column(name = "gmc_number", length = LENGTH, nullable = false)
    private String digits;

    protected GmcNumber() {}

    public GmcNumber(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("gmcNumber", "is required");
        }
        String stripped = value.strip();
        if (!isSevenDigits(stripped)) {
            throw new InvalidValueException("gmcNumber", "must be exactly 7 digits");
        }
        this.digits = stripped;
    }

    public static GmcNumber of(String value) {
        return new GmcNumber(value);
    }

    /** Whether the text would make a valid GMC number, for callers that accept either a number or an email. */
    public static boolean isValid(String value) {
        return value != null && isSevenDigits(value.strip());
    }

    private static boolean isSevenDigits(String value) {
        return value.length() == 7 && Text.isAsciiDigits(value);
    }

    public String getDigits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof GmcNumber that && digits.equals(that.digits));
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
