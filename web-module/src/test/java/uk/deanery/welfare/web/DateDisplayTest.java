package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateDisplayTest {

    private final DateDisplay dates = new DateDisplay();

    @Test
    void aDayIsWrittenAsTheDatePickersWriteIt() {
        LocalDate day = LocalDate.of(2026, 9, 1);

        assertThat(dates.day(day))
                .isEqualTo("1 September 2026")
                .isEqualTo(day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    }

    @Test
    void noDayIsWrittenAsNothing() {
        assertThat(dates.day(null)).isEmpty();
    }
}
