package uk.deanery.welfare.roster.control;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.deanery.welfare.roster.entity.RosterRow;
import uk.deanery.welfare.shared.HostileInput;
import uk.deanery.welfare.shared.ImportCharset;

/**
 * Whatever the bytes, the roster reader reads them or refuses them with honest problems, at once; and any valid
 * roster, however its names are spelt, is read back exactly. Bounded runs (the tries below) so that CI keeps them.
 */
class RosterCsvReaderPropertiesTest {

    private static final byte[] DEMO_ROSTER = demoRoster();

    private final RosterCsvReader reader = new RosterCsvReader();

    private static byte[] demoRoster() {
        try (InputStream in = RosterCsvReaderPropertiesTest.class.getResourceAsStream("/demo/roster.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RosterCsvReader.Result read(byte[] bytes, ImportCharset charset) {
        return assertTimeoutPreemptively(ofSeconds(2), () -> reader.read(new ByteArrayInputStream(bytes), charset));
    }

    private static void assertReadOrRefusedHonestly(RosterCsvReader.Result result) {
        result.problems().forEach(p -> HostileInput.assertHonest(p.column(), p.reason()));
        result.rows().forEach(row -> {
            HostileInput.assertClean(row.forenames());
            HostileInput.assertClean(row.surname());
            HostileInput.assertClean(row.email());
            HostileInput.assertClean(row.pmqCountry());
            HostileInput.assertClean(row.programmeCode());
            HostileInput.assertClean(row.grade());
            HostileInput.assertClean(row.supervisor());
        });
    }

    @Property(tries = 5_000)
    void anEditedRosterIsReadOrRefusedHonestly(@ForAll("editedRosters") byte[] file, @ForAll ImportCharset charset) {
        assertReadOrRefusedHonestly(read(file, charset));
    }

    @Property(tries = 2_000)
    void anyBytesAreReadOrRefusedHonestly(@ForAll("anyBytes") byte[] file, @ForAll ImportCharset charset) {
        assertReadOrRefusedHonestly(read(file, charset));
    }

    @Property(tries = 400)
    void aValidRosterIsReadBackExactly(@ForAll("rosters") List<Values> rows, @ForAll ImportCharset charset) {
        byte[] file = csv(rows).getBytes(charset.charset());

        RosterCsvReader.Result result = read(file, charset);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Values given = rows.get(i);
            RosterRow read = result.rows().get(i);
            assertThat(read.gmcNumber().getDigits()).isEqualTo(given.gmc());
            assertThat(read.forenames()).isEqualTo(given.forenames());
            assertThat(read.surname()).isEqualTo(given.surname());
            assertThat(read.email()).isEqualTo(given.email());
            assertThat(read.pmqCountry()).isEqualTo(given.country());
            assertThat(read.intakeYear()).isEqualTo(given.intakeYear());
            assertThat(read.period().getStartDate()).isEqualTo(given.start());
            assertThat(read.period().getEndDate()).isEqualTo(given.end());
            assertThat(read.supervisor()).isEqualTo(given.supervisor());
        }
    }

    @Provide
    Arbitrary<byte[]> editedRosters() {
        return HostileInput.editsOf(DEMO_ROSTER);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return HostileInput.anyBytes(2_000);
    }

    /** One row's values as the roster gives them. */
    record Values(
            String gmc,
            String forenames,
            String surname,
            String email,
            String country,
            int intakeYear,
            LocalDate start,
            LocalDate end,
            String supervisor) {}

    @Provide
    Arbitrary<List<Values>> rosters() {
        Arbitrary<String> names = Arbitraries.strings()
                // Letters Windows-1252 also has, so that both encodings must read them back, and the quotes, commas and
                // spaces that need quoting; values come without surrounding white space, which the reader strips.
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00e9\u00e8\u00f8\u00df\u00e7"
                        + "\u00d8'-,\" .")
                .ofMinLength(1)
                .ofMaxLength(100)
                .filter(s -> !s.isBlank() && s.equals(s.strip()));
        Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2090);
        Arbitrary<Values> row = Combinators.combine(
                        names,
                        names,
                        names,
                        years,
                        Arbitraries.integers().between(0, 3_000),
                        Arbitraries.integers().between(-1, 2_000),
                        Arbitraries.of("", "7000001", "supervisor1@deanery.example"))
                .as((forenames, surname, country, year, startOffset, length, supervisor) -> {
                    LocalDate start = LocalDate.of(year - 1, 1, 1).plusDays(startOffset);
                    return new Values(
                            "",
                            forenames,
                            surname,
                            "",
                            country,
                            year,
                            start,
                            length < 0 ? null : start.plusDays(length),
                            supervisor.isEmpty() ? null : supervisor);
                });
        return row.list().ofMinSize(1).ofMaxSize(20).map(rows -> IntStream.range(0, rows.size())
                .mapToObj(i -> {
                    Values v = rows.get(i);
                    return new Values(
                            String.valueOf(1_000_000 + i),
                            v.forenames(),
                            v.surname(),
                            "trainee" + i + "@deanery.example",
                            v.country(),
                            v.intakeYear(),
                            v.start(),
                            v.end(),
                            v.supervisor());
                })
                .toList());
    }

    private static String csv(List<Values> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(RosterCsvReader.COLUMNS);
            for (Values row : rows) {
                printer.printRecord(
                        row.gmc(),
                        row.forenames(),
                        row.surname(),
                        row.email(),
                        row.country(),
                        "yes",
                        "YH-IMT",
                        row.intakeYear(),
                        "IMT1",
                        row.start(),
                        row.end() == null ? "" : row.end(),
                        row.supervisor() == null ? "" : row.supervisor());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
