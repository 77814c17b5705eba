package uk.deanery.welfare.surveys.entity;

/**
 * Why one item's answer cannot be accepted.
 *
 * @param itemCode the item the message belongs next to
 * @param message what is wrong, in words a trainee can act on
 */
public record AnswerProblem(String itemCode, String message) {

    @Override
    public String toString() {
        return itemCode + ": " + message;
    }
}
