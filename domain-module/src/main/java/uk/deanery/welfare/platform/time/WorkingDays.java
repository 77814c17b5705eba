package uk.deanery.welfare.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Working days as the deanery counts them: Monday to Friday, except England and Wales bank holidays, in
 * Europe/London. A deadline of N working days from a moment ends at midnight (London time) after the Nth working day
 * that follows the day of that moment, so a concern raised on a Friday afternoon is due at the end of the next
 * Friday, and one raised on a Saturday at the end of the Friday after.
 */
@ApplicationScoped
public class WorkingDays {

    private final BankHolidays holidays;

    public WorkingDays() {
        this(BankHolidays.englandAndWales());
    }

    public WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The Nth working day after {@code day} (not counting {@code day} itself). */
    public LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        LocalDate next = day;
        int counted = 0;
        while (counted < workingDays) {
            next = next.plusDays(1);
            if (isWorkingDay(next)) {
                counted++;
            }
        }
        return next;
    }

    /** The moment a deadline of N working days from {@code from} passes: the end of the Nth working day after it. */
    public Instant deadline(Instant from, int workingDays) {
        LocalDate day = from.atZone(DeaneryClock.ZONE).toLocalDate();
        return workingDaysAfter(day, workingDays)
                .plusDays(1)
                .atStartOfDay(DeaneryClock.ZONE)
                .toInstant();
    }

    /** The last day the bank holiday list speaks for. */
    public LocalDate coveredUntil() {
        return holidays.coveredUntil();
    }
}
