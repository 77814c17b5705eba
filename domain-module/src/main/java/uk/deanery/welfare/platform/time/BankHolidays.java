package uk.deanery.welfare.platform.time;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays, from {@code calendar/bank-holidays.json} in the repository: the government's
 * published list (gov.uk/bank-holidays.json, division {@code england-and-wales}), which cannot be fetched at run time
 * here. {@link #coveredUntil()} is the last day the list speaks for; a unit test fails when that is less than a year
 * away, so the file is renewed before it runs out.
 */
public record BankHolidays(Set<LocalDate> dates, LocalDate coveredUntil) {

    public static final String RESOURCE = "/calendar/bank-holidays.json";
    private static final String DIVISION = "england-and-wales";

    public BankHolidays {
        dates = Set.copyOf(new TreeSet<>(dates));
    }

    public static BankHolidays englandAndWales() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday list " + RESOURCE + " is missing");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject division = reader.readObject().getJsonObject(DIVISION);
                Set<LocalDate> dates = new TreeSet<>();
                for (JsonValue event : division.getJsonArray("events")) {
                    dates.add(LocalDate.parse(event.asJsonObject().getString("date")));
                }
                return new BankHolidays(dates, LocalDate.parse(division.getString("coveredUntil")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(LocalDate day) {
        return dates.contains(day);
    }
}
