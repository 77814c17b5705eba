package uk.deanery.welfare.surveys.entity;

/** The kinds of question an item can ask, which decide what an answer may look like. */
public enum ItemType {
    /** Answered {@code yes} or {@code no}. */
    YES_NO,
    /** A whole number from 1 to 5, each point with its own label. */
    LIKERT_5,
    /** Exactly one of the item's options, answered by the option's value. */
    SINGLE_CHOICE,
    /** Any number of the item's options. */
    MULTIPLE_CHOICE,
    /** A number, optionally between a minimum and a maximum. */
    NUMBER,
    /** Text in the trainee's own words. */
    FREE_TEXT;

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
