package uk.deanery.welfare.reporting.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables the exporter tests write and read back. */
final class ExampleTables {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant GENERATED_AT = Instant.parse("2025-12-01T15:51:00Z");
    static final String GENERATED_LINE = "Generated: 1 December 2025 15:51 GMT";

    static final String TITLE = "Wellbeing check: IMG induction 2025";
    static final String FILTER = "Instrument: IMG induction v1";
    /** A filter line that looks like a formula, to show the title block is neutralised too. */
    static final String FORMULA_FILTER = "@Deanery: North";

    static final List<String> HEADERS = List.of("Question", "Respondents", "Agree (%)", "Comment");
    static final String NOTE = "Cells with fewer than 5 respondents are not shown (marked S)";

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    private ExampleTables() {}

    /**
     * Four rows: ordinary text and numbers; the formula-looking cells (one per trigger character, spread over two
     * rows); a null cell; and a negative decimal.
     */
    static ExportTable withFormulaCells() {
        return new ExportTable(
                TITLE,
                List.of(FILTER, FORMULA_FILTER),
                GENERATED_AT,
                LONDON,
                HEADERS,
                List.of(
                        List.of("Feel supported", "42", "61.90", "≥ 5 respondents; £12 travel"),
                        List.of(HYPERLINK, "+1", "-2+3", "@SUM(A1)"),
                        Arrays.asList("\tx", "\rx", null, "Zoë ✓"),
                        List.of("Change since baseline", "-0.5", "0", "S")),
                List.of(NOTE));
    }

    /** Enough rows to fill more than one A4 landscape page. */
    static ExportTable withRows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of("Question " + i, String.valueOf(i), "50.0", "row " + i));
        }
        return new ExportTable(TITLE, List.of(FILTER), GENERATED_AT, LONDON, HEADERS, rows, List.of(NOTE));
    }
}
