package uk.deanery.welfare.surveys.entity;

/** The kinds of question an item can ask, which decide what an answer may look like. */
public enum ItemType {
    /** Answered {@code yes} or {@code no}. */
    YES_NO("Yes or no"),
    /** A whole number from 1 to 5, each point with its own label. */
    LIKERT_5("Likert scale, 5 points"),
    /** Exactly one of the item's options, answered by the option's value. */
    SINGLE_CHOICE("Single choice"),
    /** Any number of the item's options. */
    MULTIPLE_CHOICE("Multiple choice"),
    /** A number, optionally between a minimum and a maximum. */
    NUMBER("Number"),
    /** Text in the trainee's own words. */
    FREE_TEXT("Free text");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    /** The type in words, as the instrument pages show it. */
    public String label() {
        return label;
    }

    /** A closed item has a fixed set of answers, so a rule can map them to a concern category. */
    public boolean isClosed() {
        return this == YES_NO || this == LIKERT_5 || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Answers can be compared by size, so "at least" and "at most" make sense. */
    public boolean isOrdered() {
        return this == LIKERT_5 || this == NUMBER;
    }
}
