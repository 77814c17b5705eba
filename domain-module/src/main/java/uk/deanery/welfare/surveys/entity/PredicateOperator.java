package uk.deanery.welfare.surveys.entity;

/** How an {@link AnswerPredicate} tests an answer. */
public enum PredicateOperator {
    /** The answer is (or, for multiple choice, includes) the one value. */
    EQUALS,
    /** The answer is (or includes) one of the values. */
    IN,
    /** The answer is a number no smaller than the value. */
    AT_LEAST,
    /** The answer is a number no larger than the value. */
    AT_MOST;

    public boolean isComparison() {
        return this == AT_LEAST || this == AT_MOST;
    }
}
