package uk.deanery.welfare.surveys.boundary;

/** What a submit did beyond storing the answers: how many welfare concerns the flag rules raised (0 if anonymous). */
public record SubmissionResult(int concernsRaised) {}
