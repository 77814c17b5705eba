package uk.deanery.welfare.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void aChangeWhoseValuesAreLongKeepsTheStartOfEachSideAndStillFitsItsColumn() {
        String longEmail = "a".repeat(240) + "@deanery.example";

        AuditEntry entry = new AuditEntry(
                Instant.parse("2026-12-01T10:00:00Z"),
                "admin1@deanery.example",
                "CHANGE_TRAINEE_DETAILS",
                "Trainee",
                "1000001",
                AuditOutcome.ALLOWED,
                "email old@deanery.example",
                "email " + longEmail);

        String change = entry.getChange().orElseThrow();
        assertThat(change).hasSizeLessThanOrEqualTo(AuditEntry.CHANGE_MAX);
        assertThat(change).startsWith("email old@deanery.example -> email aaaa").endsWith("\u2026");
    }
}
