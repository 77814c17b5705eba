package uk.deanery.welfare.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

    @Test
    void theDriversProductNamesChooseTheVendorFolder() {
        assertThat(DatabaseMigration.vendorOf("PostgreSQL")).isEqualTo("postgresql");
        assertThat(DatabaseMigration.vendorOf("H2")).isEqualTo("h2");
    }

    @Test
    void anotherDatabaseIsRefusedByName() {
        assertThatThrownBy(() -> DatabaseMigration.vendorOf("MySQL"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MySQL");
    }

    @Test
    void bothVendorFoldersHoldTheSameVersions() throws Exception {
        assertThat(versionsIn("postgresql")).isNotEmpty().isEqualTo(versionsIn("h2"));
    }

    private static List<String> versionsIn(String vendor) throws Exception {
        Path folder = Path.of(
                DatabaseMigration.class.getResource("/db/vendor/" + vendor).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
