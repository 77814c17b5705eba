package uk.deanery.welfare.reporting.prevalence;

/**
 * How many of a group gave one answer to a closed item, out of those who answered it (for a multiple-choice item the
 * shares add up to more than 100%).
 *
 * @param value the answer as stored (an option value, yes or no, a Likert point)
 * @param label the answer in words
 */
public record AnswerShare(Group group, String item, String value, String label, Figures figures) {}
