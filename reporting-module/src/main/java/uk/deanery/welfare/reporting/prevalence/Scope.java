package uk.deanery.welfare.reporting.prevalence;

import java.time.LocalDate;
import java.util.List;
import uk.deanery.welfare.interventions.entity.ActivityKind;

/**
 * Which responses a query counts: the report's filters, or a benchmark's wider set (every programme); and the exposure
 * values its statements are split into (empty for none).
 */
record Scope(
        String instrument,
        Integer instrumentVersion,
        List<String> waves,
        List<String> programmes,
        List<String> specialties,
        List<Integer> cohorts,
        LocalDate from,
        LocalDate to,
        List<Exposure> exposure,
        ActivityKind exposureKind) {

    static Scope of(ReportFilter filter) {
        return new Scope(
                filter.instrument(),
                filter.instrumentVersion(),
                filter.waves(),
                filter.programmes(),
                filter.specialties(),
                filter.cohorts(),
                filter.from(),
                filter.to(),
                filter.exposure(),
                filter.exposureKind());
    }

    /** Every programme and specialty, for a benchmark; with every intake year too when cohorts are its groups. */
    Scope widened(boolean everyCohort) {
        return new Scope(
                instrument,
                instrumentVersion,
                waves,
                List.of(),
                List.of(),
                everyCohort ? List.of() : cohorts,
                from,
                to,
                exposure,
                exposureKind);
    }

    Scope onlyWaves(List<String> refs) {
        return new Scope(
                instrument,
                instrumentVersion,
                refs,
                programmes,
                specialties,
                cohorts,
                from,
                to,
                exposure,
                exposureKind);
    }
}
