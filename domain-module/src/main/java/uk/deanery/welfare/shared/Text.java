package uk.deanery.welfare.shared;

import java.util.Optional;

/**
 * What text from outside may hold, the same for every import and every entity: no control characters (line breaks
 * and tabs only where the text is several lines), no unpaired surrogates or noncharacters, no replacement character
 * (the mark an earlier conversion left where it could not read a letter), no direction overrides, and at least one
 * visible character. Every check is one pass over the text.
 */
public final class Text {

    /** How much of a value a problem shows: enough to recognise it, never a whole pasted paragraph. */
    public static final int SHOWN_MAX = 40;

    private static final char REPLACEMENT = '\uFFFD';

    private Text() {}

    /** Whether the text may span lines: names, codes and titles are one line, comments and descriptions several. */
    public enum Lines {
        ONE,
        SEVERAL
    }

    /** Why the text cannot be stored, or empty when it can; the reason names the character, never the text. */
    public static Optional<String> problem(String value, Lines lines) {
        boolean visible = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                if (isNoncharacter(codePoint)) {
                    return Optional.of("contains a noncharacter (" + codePoint(codePoint) + ") at character " + i);
                }
                visible |= !isInvisible(codePoint);
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("contains half of a character (an unpaired surrogate) at character " + (i + 1));
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                if (lines == Lines.ONE) {
                    return Optional.of((c == '\t' ? "contains a tab" : "contains a line break") + " at character "
                            + (i + 1) + "; it must be one line");
                }
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of("contains the control character " + codePoint(c) + " at character " + (i + 1));
            }
            if (c == REPLACEMENT) {
                return Optional.of("contains the replacement character \uFFFD at character " + (i + 1)
                        + ": a letter was lost when the text was converted before; use the original text");
            }
            if (isDirectionOverride(c)) {
                return Optional.of("contains a direction control character (" + codePoint(c) + ") at character "
                        + (i + 1) + ", which makes the text display differently from what is stored");
            }
            if (isNoncharacter(c)) {
                return Optional.of("contains a noncharacter (" + codePoint(c) + ") at character " + (i + 1));
            }
            visible |= !isInvisible(c);
        }
        if (!visible && !value.isEmpty()) {
            return Optional.of("has no visible character");
        }
        return Optional.empty();
    }

    /** Only the digits 0 to 9 (other scripts' digits are refused: a year must read the same everywhere). */
    public static boolean isAsciiDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Shaped like an email address: one {@code @} with something before it, and after it a domain with a dot that
     * neither starts nor ends it; no white space. Loose on purpose (the identity provider confirms the address), and
     * one pass, however long the value.
     */
    public static boolean isEmailShaped(String value) {
        int at = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= 0) {
            return false;
        }
        int dot = value.indexOf('.', at + 2);
        return dot > 0 && dot < value.length() - 1;
    }

    /** The value in quotes for a problem to show: at most {@link #SHOWN_MAX} characters, invisible ones escaped. */
    public static String quoted(String value) {
        return "'" + shown(value) + "'";
    }

    /** As {@link #quoted}, without the quotes: for a column name taken from a file. */
    public static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            String piece = isInvisible(codePoint) && codePoint != ' ' || Character.isSurrogate((char) codePoint)
                    ? codePoint(codePoint)
                    : Character.toString(codePoint);
            boolean last = i >= value.length();
            // At most SHOWN_MAX characters in all, escapes included, the last of them an ellipsis if cut short.
            if (shown.length() + piece.length() > SHOWN_MAX - (last ? 0 : 1)) {
                shown.append('\u2026');
                break;
            }
            shown.append(piece);
        }
        return shown.toString();
    }

    private static String codePoint(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** White space, controls, format characters and the letters that draw nothing (fillers, the blank Braille cell). */
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint)
                || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.CONTROL
                || type == Character.FORMAT
                || codePoint == 0x115F
                || codePoint == 0x1160
                || codePoint == 0x3164
                || codePoint == 0xFFA0
                || codePoint == 0x2800
                || codePoint == 0x034F;
    }
}
