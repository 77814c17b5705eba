package uk.deanery.welfare.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of whole days, both ends inclusive. A missing end means the period is still running (a membership or
 * supervision without a planned end).
 */
@Embeddable
public class DateRange implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected DateRange() {}

    public DateRange(LocalDate startDate, LocalDate endDate) {
        if (startDate == null) {
            throw new InvalidValueException("startDate", "is required");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidValueException("endDate", "must not be before the start date " + startDate);
        }
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public static DateRange of(LocalDate startDate, LocalDate endDate) {
        return new DateRange(startDate, endDate);
    }

    public static DateRange startingOn(LocalDate startDate) {
        return new DateRange(startDate, null);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    /** The last day, or null while open-ended (kept nullable so that pages can render it directly). */
    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isOpenEnded() {
        return endDate == null;
    }

    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        boolean otherStartsBeforeThisEnds = endDate == null || !other.startDate.isAfter(endDate);
        boolean thisStartsBeforeOtherEnds = other.endDate == null || !startDate.isAfter(other.endDate);
        return otherStartsBeforeThisEnds && thisStartsBeforeOtherEnds;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof DateRange that
                        && startDate.equals(that.startDate)
                        && Objects.equals(endDate, that.endDate));
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate);
    }

    @Override
    public String toString() {
        return endDate == null ? "from " + startDate : startDate + " to " + endDate;
    }
}
