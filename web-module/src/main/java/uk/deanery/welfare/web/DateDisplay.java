package uk.deanery.welfare.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.deanery.welfare.platform.time.DeaneryClock;

/** Moments as people in the deanery read them: UK time, day month year ({@code #{dates.of(concern.raisedAt)}}). */
@Named("dates")
@ApplicationScoped
public class DateDisplay {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(DeaneryClock.ZONE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK).withZone(DeaneryClock.ZONE);

    public String of(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }

    /** A day as the date pickers write it: "21 September 2026" ({@code #{dates.day(wave.closesOn)}}). */
    public String day(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A deadline that passes at midnight, as the last day it allows: "by the end of Tue 8 Dec 2026". */
    public String due(Instant deadline) {
        return deadline == null ? "" : "by the end of " + DAY.format(deadline.minusNanos(1));
    }
}
