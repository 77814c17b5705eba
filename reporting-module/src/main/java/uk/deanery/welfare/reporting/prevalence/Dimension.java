package uk.deanery.welfare.reporting.prevalence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a report can be split by. The API names them as {@link #apiName()}. */
public enum Dimension {
    WAVE("wave", "Wave", Set.of(Column.WAVE)),
    COHORT("cohort", "Cohort", Set.of(Column.PROGRAMME, Column.INTAKE_YEAR)),
    PROGRAMME("programme", "Programme", Set.of(Column.PROGRAMME)),
    SPECIALTY("specialty", "Specialty", Set.of(Column.SPECIALTY)),
    DEANERY("deanery", "Deanery", Set.of(Column.DEANERY)),
    IMG("img", "IMG or UK graduate", Set.of(Column.IMG)),
    FIRST_NHS_POST("firstNhsPost", "First NHS post", Set.of(Column.FIRST_NHS_POST)),
    /** Attended support between the baseline and the wave, or not (see {@link Exposure}). */
    EXPOSURE("exposure", "Attended support since the baseline, or not", Set.of(Column.EXPOSURE)),
    /** How many support activities were attended between the baseline and the wave. */
    DOSE("dose", "Support activities attended since the baseline (how many)", Set.of(Column.EXPOSURE));

    private final String apiName;
    private final String label;
    private final Set<Column> columns;

    Dimension(String apiName, String label, Set<Column> columns) {
        this.apiName = apiName;
        this.label = label;
        this.columns = columns;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    Set<Column> columns() {
        return columns;
    }

    /** By API name, ignoring case ("firstnhspost" too). */
    public static Optional<Dimension> byApiName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(d -> d.apiName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The grouped columns of the read model, each selected once however many dimensions need it. */
    enum Column {
        WAVE("w.reference"),
        PROGRAMME("p.code"),
        INTAKE_YEAR("c.intakeYear"),
        SPECIALTY("s.code"),
        DEANERY("d.code"),
        IMG("r.img"),
        FIRST_NHS_POST("r.firstNhsPost"),
        /** Not a column: each exposure is a condition of its own statement (see {@link Exposure}). */
        EXPOSURE(null);

        private final String expression;

        Column(String expression) {
            this.expression = expression;
        }

        String expression() {
            return expression;
        }

        /** Whether the column is selected and grouped by, rather than set by the statement it comes from. */
        boolean isSelected() {
            return expression != null;
        }
    }
}
