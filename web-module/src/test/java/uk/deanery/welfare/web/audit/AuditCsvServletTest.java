package uk.deanery.welfare.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditCsvServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
    void aCellASpreadsheetWouldReadAsAFormulaIsMadePlainText(String cell) {
        assertThat(AuditCsvServlet.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin1@deanery.example", "READ_CONCERN", "1000001", "a=b"})
    void anOrdinaryCellIsLeftAlone(String cell) {
        assertThat(AuditCsvServlet.safe(cell)).isEqualTo(cell);
    }
}
