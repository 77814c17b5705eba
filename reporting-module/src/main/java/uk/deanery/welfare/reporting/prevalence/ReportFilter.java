package uk.deanery.welfare.reporting.prevalence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.shared.InvalidValueException;

/**
 * What a prevalence report is asked for: the instrument, which waves, programmes, specialties, intake years and dates
 * it covers (an empty list means all), how it is split, what its groups are flagged against, and which two waves to
 * compare.
 *
 * @param instrument the instrument code
 * @param instrumentVersion one version only, or null for every version of the code
 * @param from waves opening on or after this day, or null
 * @param to waves opening on or before this day, or null
 * @param compare empty, or the references of two waves to compare
 * @param exposureKind for a report split by exposure or dose: count only activities of this kind; null for any
 */
public record ReportFilter(
        String instrument,
        Integer instrumentVersion,
        List<String> waves,
        List<String> programmes,
        List<String> specialties,
        List<Integer> cohorts,
        LocalDate from,
        LocalDate to,
        List<Dimension> groupBy,
        Benchmark benchmark,
        List<String> compare,
        ActivityKind exposureKind) {

    static final Set<Dimension> BENCHMARKABLE =
            EnumSet.of(Dimension.WAVE, Dimension.COHORT, Dimension.PROGRAMME, Dimension.SPECIALTY, Dimension.DEANERY);

    public ReportFilter {
        if (instrument == null || instrument.isBlank()) {
            throw new InvalidValueException("instrument", "is required: choose the survey instrument to report on");
        }
        instrument = instrument.strip().toUpperCase(Locale.ROOT);
        if (instrumentVersion != null && instrumentVersion < 1) {
            throw new InvalidValueException("version", "must be 1 or more, was " + instrumentVersion);
        }
        waves = distinct(waves, false);
        programmes = distinct(programmes, true);
        specialties = distinct(specialties, true);
        cohorts = cohorts == null ? List.of() : List.copyOf(new LinkedHashSet<>(cohorts));
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValueException("from", "must not be after the end date " + to);
        }
        groupBy = groupBy == null ? List.of() : List.copyOf(new LinkedHashSet<>(groupBy));
        benchmark = benchmark == null ? Benchmark.NONE : benchmark;
        if (benchmark != Benchmark.NONE) {
            if (!groupBy.contains(benchmark.unitDimension())) {
                throw new InvalidValueException(
                        "benchmark",
                        "flags " + benchmark.unitDimension().label().toLowerCase(Locale.ROOT)
                                + "s: group the report by "
                                + benchmark.unitDimension().apiName()
                                + " to use \"" + benchmark.label() + "\"");
            }
            if (benchmark.unitDimension() == Dimension.PROGRAMME && groupBy.contains(Dimension.COHORT)) {
                throw new InvalidValueException(
                        "benchmark",
                        "\"" + benchmark.label() + "\" flags whole programmes: group by programme, not cohort,"
                                + " or choose \"" + Benchmark.PROGRAMME_COHORTS.label() + "\"");
            }
            if (!BENCHMARKABLE.containsAll(groupBy)) {
                throw new InvalidValueException(
                        "benchmark",
                        "compares whole programmes or cohorts: leave IMG, first NHS post, exposure and dose out of"
                                + " the grouping");
            }
        }
        compare = distinct(compare, false);
        if (!compare.isEmpty() && compare.size() != 2) {
            throw new InvalidValueException("compare", "names exactly two different waves, was " + compare.size());
        }
        if (groupBy.contains(Dimension.EXPOSURE) && groupBy.contains(Dimension.DOSE)) {
            throw new InvalidValueException(
                    "groupBy", "split by exposure (attended or not) or by dose (how many), not both");
        }
        if (exposureKind != null && !groupBy.contains(Dimension.EXPOSURE) && !groupBy.contains(Dimension.DOSE)) {
            throw new InvalidValueException(
                    "exposureKind", "applies to a report split by exposure or dose: add one of them to the grouping");
        }
    }

    /** Without a kind of activity to count: any activity counts as exposure. */
    public ReportFilter(
            String instrument,
            Integer instrumentVersion,
            List<String> waves,
            List<String> programmes,
            List<String> specialties,
            List<Integer> cohorts,
            LocalDate from,
            LocalDate to,
            List<Dimension> groupBy,
            Benchmark benchmark,
            List<String> compare) {
        this(
                instrument,
                instrumentVersion,
                waves,
                programmes,
                specialties,
                cohorts,
                from,
                to,
                groupBy,
                benchmark,
                compare,
                null);
    }

    /** The exposure values the report is split into, or empty when it is split by neither exposure nor dose. */
    List<Exposure> exposure() {
        if (groupBy.contains(Dimension.EXPOSURE)) {
            return Exposure.BY_ATTENDANCE;
        }
        if (groupBy.contains(Dimension.DOSE)) {
            return Exposure.BY_DOSE;
        }
        return List.of();
    }

    /** The report most pages start with: every wave of the instrument, split by wave. */
    public static ReportFilter byWave(String instrument) {
        return new ReportFilter(
                instrument, null, null, null, null, null, null, null, List.of(Dimension.WAVE), null, null);
    }

    private static List<String> distinct(List<String> values, boolean upper) {
        if (values == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(upper ? value.strip().toUpperCase(Locale.ROOT) : value.strip());
            }
        }
        return List.copyOf(kept);
    }

    boolean groupedBy(Dimension dimension) {
        return groupBy.contains(dimension);
    }

    /** The read model's columns this report is split by. */
    Set<Dimension.Column> columns() {
        Set<Dimension.Column> columns = EnumSet.noneOf(Dimension.Column.class);
        groupBy.forEach(d -> columns.addAll(d.columns()));
        return columns;
    }

    /** The same filter restricted to these programmes (a TPD's own). */
    ReportFilter withProgrammes(List<String> only) {
        return new ReportFilter(
                instrument,
                instrumentVersion,
                waves,
                only,
                specialties,
                cohorts,
                from,
                to,
                groupBy,
                benchmark,
                compare,
                exposureKind);
    }

    /** The filters in a line for the audit trail and the exports: codes and counts, nothing about a person. */
    public String describe() {
        StringJoiner line = new StringJoiner("; ");
        line.add("instrument=" + instrument + (instrumentVersion == null ? "" : " v" + instrumentVersion));
        if (!waves.isEmpty()) {
            line.add("waves=" + waves.size());
        }
        if (!programmes.isEmpty()) {
            line.add("programmes=" + String.join(",", programmes));
        }
        if (!specialties.isEmpty()) {
            line.add("specialties=" + String.join(",", specialties));
        }
        if (!cohorts.isEmpty()) {
            line.add("cohorts="
                    + cohorts.stream()
                            .map(String::valueOf)
                            .reduce((a, b) -> a + "," + b)
                            .orElse(""));
        }
        if (from != null || to != null) {
            line.add("dates=" + Objects.toString(from, "") + ".." + Objects.toString(to, ""));
        }
        List<String> dims = new ArrayList<>();
        groupBy.forEach(d -> dims.add(d.apiName()));
        line.add("groupBy=" + (dims.isEmpty() ? "none" : String.join(",", dims)));
        if (benchmark != Benchmark.NONE) {
            line.add("benchmark=" + benchmark.apiName());
        }
        if (!compare.isEmpty()) {
            line.add("compare=2 waves");
        }
        if (exposureKind != null) {
            line.add("exposureKind=" + exposureKind.name());
        }
        return line.toString();
    }
}
