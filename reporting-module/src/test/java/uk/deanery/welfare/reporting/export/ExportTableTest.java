package uk.deanery.welfare.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.reporting.export.ExampleTables.GENERATED_AT;
import static uk.deanery.welfare.reporting.export.ExampleTables.LONDON;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTableTest {

    private static final List<String> HEADERS = List.of("Question", "Respondents");

    @Test
    void requiresATitle() {
        assertThatThrownBy(() -> table(null, HEADERS, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title is required");
        assertThatThrownBy(() -> table("  ", HEADERS, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title is required");
    }

    @Test
    void requiresAtLeastOneHeader() {
        assertThatThrownBy(() -> table("Report", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headers must not be empty: a table needs at least one column");
        assertThatThrownBy(() -> table("Report", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headers must not be null; pass an empty list for none");
    }

    @Test
    void refusesARowWithMoreOrFewerCellsThanHeaders() {
        assertThatThrownBy(() -> table("Report", HEADERS, List.of(List.of("a", "1"), List.of("b", "2", "extra"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 2 has 3 cells but there are 2 headers");
        assertThatThrownBy(() -> table("Report", HEADERS, List.of(List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 has 1 cells but there are 2 headers");
    }

    @Test
    void refusesANullRow() {
        assertThatThrownBy(() -> table("Report", HEADERS, Arrays.asList(List.of("a", "1"), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 2 is null");
    }

    @Test
    void refusesNullListsAndNullLinesButAcceptsEmptyOnes() {
        assertThatThrownBy(() -> new ExportTable("Report", null, GENERATED_AT, LONDON, HEADERS, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filters must not be null; pass an empty list for none");
        assertThatThrownBy(() -> new ExportTable(
                        "Report",
                        Arrays.asList("Instrument: v1", null),
                        GENERATED_AT,
                        LONDON,
                        HEADERS,
                        List.of(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filters must not contain null, but entry 2 is null");
        assertThatThrownBy(() -> new ExportTable("Report", List.of(), GENERATED_AT, LONDON, HEADERS, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows must not be null; pass an empty list for none");
        assertThatThrownBy(() -> new ExportTable("Report", List.of(), GENERATED_AT, LONDON, HEADERS, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("notes must not be null; pass an empty list for none");
        assertThatThrownBy(() -> new ExportTable(
                        "Report",
                        List.of(),
                        GENERATED_AT,
                        LONDON,
                        Arrays.asList("Question", null),
                        List.of(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headers must not contain null, but entry 2 is null");

        assertThat(table("Report", HEADERS, List.of()).rows()).isEmpty();
    }

    @Test
    void requiresTheGenerationTimeAndItsZone() {
        assertThatThrownBy(() -> new ExportTable("Report", List.of(), null, LONDON, HEADERS, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("generatedAt is required");
        assertThatThrownBy(
                        () -> new ExportTable("Report", List.of(), GENERATED_AT, null, HEADERS, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zone is required, to print the generation time");
    }

    @Test
    void keepsNullCellsAsNotShown() {
        ExportTable table = table("Report", HEADERS, List.of(Arrays.asList("Feel supported", null)));
        assertThat(table.rows().get(0)).containsExactly("Feel supported", null);
    }

    @Test
    void isNotChangedByLaterChangesToTheListsItWasMadeFrom() {
        List<String> filters = new ArrayList<>(List.of("Instrument: v1"));
        List<String> headers = new ArrayList<>(HEADERS);
        List<String> row = new ArrayList<>(Arrays.asList("a", null));
        List<List<String>> rows = new ArrayList<>(List.of(row));
        ExportTable table = new ExportTable("Report", filters, GENERATED_AT, LONDON, headers, rows, List.of());

        filters.add("Programme: all");
        headers.set(0, "Changed");
        row.set(1, "changed");
        rows.add(List.of("b", "2"));

        assertThat(table.filters()).containsExactly("Instrument: v1");
        assertThat(table.headers()).containsExactly("Question", "Respondents");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0)).containsExactly("a", null);
    }

    @Test
    void givesOutListsThatCannotBeChanged() {
        ExportTable table = table("Report", HEADERS, List.of(Arrays.asList("a", null)));
        assertThatThrownBy(() -> table.rows().add(List.of("b", "2"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rows().get(0).set(1, "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.headers().add("More")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void printsTheGenerationTimeInLondonTimeWithGmtOrBst() {
        assertThat(table("Report", HEADERS, List.of()).generatedLine())
                .isEqualTo("Generated: 1 December 2025 15:51 GMT");
        ExportTable summer = new ExportTable(
                "Report",
                List.of(),
                Instant.parse("2025-07-01T09:30:00Z"),
                ZoneId.of("Europe/London"),
                HEADERS,
                List.of(),
                List.of());
        assertThat(summer.generatedLine()).isEqualTo("Generated: 1 July 2025 10:30 BST");
    }

    private static ExportTable table(String title, List<String> headers, List<List<String>> rows) {
        return new ExportTable(title, List.of(), GENERATED_AT, LONDON, headers, rows, List.of());
    }
}
