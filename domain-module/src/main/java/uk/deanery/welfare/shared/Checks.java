package uk.deanery.welfare.shared;

import java.util.Locale;

/**
 * Argument checks shared by entity constructors, so every invariant failure surfaces as an
 * {@link InvalidValueException} naming the field.
 */
public final class Checks {

    private Checks() {}

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /**
     * Returns the text without surrounding whitespace; blank counts as missing. The text may span lines, but holds
     * nothing else that {@link Text} refuses (control characters, half characters, nothing visible).
     */
    public static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        Text.problem(stripped, Text.Lines.SEVERAL).ifPresent(reason -> {
            throw new InvalidValueException(field, reason);
        });
        return stripped;
    }

    /** Emails are stored in lower case so that uniqueness and look-ups ignore how someone typed them. */
    public static String email(String field, String value, int maxLength) {
        String email = requiredText(field, value, maxLength).toLowerCase(Locale.ROOT);
        // Deliberately loose: the address is confirmed by the identity provider, this only catches typing slips.
        if (!Text.isEmailShaped(email)) {
            throw new InvalidValueException(field, "is not an email address");
        }
        return email;
    }

    public static String normaliseEmail(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
