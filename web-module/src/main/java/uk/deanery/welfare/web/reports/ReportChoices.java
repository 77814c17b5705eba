package uk.deanery.welfare.web.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.reporting.prevalence.Benchmark;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;

/**
 * What the report form was set to when a report was run, as the form holds it (codes and enum names). Kept with the
 * view, which may be serialized, so a download asks for exactly the report on the screen; {@link ReportFilter} checks
 * the choices, so the page never has rules of its own about them.
 *
 * @param from null, or the first day a wave may open on
 * @param to null, or the last day a wave may open on
 * @param compareA null, or a wave reference
 * @param compareB null, or a wave reference
 */
record ReportChoices(
        String instrument,
        List<String> waves,
        List<String> programmes,
        List<String> specialties,
        LocalDate from,
        LocalDate to,
        List<String> groupBy,
        String benchmark,
        String compareA,
        String compareB,
        String exposureKind)
        implements Serializable {

    ReportChoices {
        waves = List.copyOf(waves);
        programmes = List.copyOf(programmes);
        specialties = List.copyOf(specialties);
        groupBy = List.copyOf(groupBy);
    }

    /**
     * @throws uk.deanery.welfare.shared.InvalidValueException naming the field, when the choices do not make a report
     */
    ReportFilter filter() {
        List<String> compare = new ArrayList<>();
        if (compareA != null) {
            compare.add(compareA);
        }
        if (compareB != null) {
            compare.add(compareB);
        }
        return new ReportFilter(
                instrument,
                null,
                waves,
                programmes,
                specialties,
                null,
                from,
                to,
                groupBy.stream().map(Dimension::valueOf).toList(),
                benchmark == null ? Benchmark.NONE : Benchmark.valueOf(benchmark),
                compare,
                exposureKind == null || exposureKind.isBlank() ? null : ActivityKind.valueOf(exposureKind));
    }
}
