package uk.deanery.welfare.reporting.prevalence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.reporting.prevalence.Dimension.Column;

/**
 * What a group is flagged against, in the style of the GMC National Training Survey: each programme against the
 * programmes of its specialty or of its deanery, or each cohort against the cohorts of its programme.
 */
public enum Benchmark {
    NONE("none", "No benchmark", null, Set.of()),
    SPECIALTY("specialty", "Programmes of the same specialty", Column.SPECIALTY, Set.of(Column.PROGRAMME)),
    DEANERY("deanery", "Programmes of the same deanery", Column.DEANERY, Set.of(Column.PROGRAMME)),
    PROGRAMME_COHORTS(
            "programmeCohorts",
            "Cohorts of the same programme",
            Column.PROGRAMME,
            Set.of(Column.PROGRAMME, Column.INTAKE_YEAR));

    private final String apiName;
    private final String label;
    private final Column scope;
    private final Set<Column> unit;

    Benchmark(String apiName, String label, Column scope, Set<Column> unit) {
        this.apiName = apiName;
        this.label = label;
        this.scope = scope;
        this.unit = unit;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    /** The column whose value the benchmark's groups share (the specialty, the deanery, the programme). */
    Column scope() {
        return scope;
    }

    /** The columns that make one group of the benchmark (a programme, a cohort). */
    Set<Column> unit() {
        return unit;
    }

    /** The dimension a report must be grouped by for its groups to be flagged. */
    public Dimension unitDimension() {
        return this == PROGRAMME_COHORTS ? Dimension.COHORT : Dimension.PROGRAMME;
    }

    public static Optional<Benchmark> byApiName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(b -> b.apiName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
