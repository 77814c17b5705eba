package uk.deanery.welfare.surveyimport.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.WaveKind;

/**
 * One respondent's answers in one past round, every field already checked on its own: exactly one of the GMC number
 * and the pseudonymous respondent id is set, and the answers passed the instrument's checks. The answers are kept
 * packed ({@link PackedAnswers}), so that a file of hundreds of thousands of rows fits the server's default heap.
 */
public record HistoricalRow(
        int row,
        GmcNumber gmcNumber,
        String respondentId,
        String programmeCode,
        int intakeYear,
        WaveKind kind,
        Integer followUpRotation,
        LocalDate heldOn,
        PackedAnswers packedAnswers) {

    public HistoricalRow {
        if ((gmcNumber == null) == (respondentId == null)) {
            throw new IllegalArgumentException("exactly one of gmcNumber and respondentId");
        }
        Objects.requireNonNull(programmeCode, "programmeCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(packedAnswers, "packedAnswers");
    }

    /** The answers, unpacked: a new object each call, so a writer holds them only while it writes the row. */
    public Answers answers() {
        return packedAnswers.answers();
    }

    public Optional<GmcNumber> gmc() {
        return Optional.ofNullable(gmcNumber);
    }

    public Optional<String> pseudonym() {
        return Optional.ofNullable(respondentId);
    }

    /**
     * Who answered, as the file names them: for messages and to find a respondent twice in one round. A pseudonymous
     * id names a person only within its programme ("17" in IMT and "17" in GP are two people).
     */
    public String respondent() {
        return gmcNumber != null
                ? "GMC " + gmcNumber.getDigits()
                : "respondent " + respondentId + " of " + programmeCode;
    }

    /** The round this row belongs to: rows with the same kind, rotation and date are one wave. */
    public Round round() {
        return new Round(kind, followUpRotation, heldOn);
    }

    /** A past round of one instrument: kind, rotation (follow-ups only) and the day it was held. */
    public record Round(WaveKind kind, Integer followUpRotation, LocalDate heldOn) {

        @Override
        public String toString() {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            return (kind == WaveKind.FOLLOW_UP ? name + " after rotation " + followUpRotation : name) + " on " + heldOn;
        }
    }
}
