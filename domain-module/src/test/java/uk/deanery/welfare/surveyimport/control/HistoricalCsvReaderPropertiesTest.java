package uk.deanery.welfare.surveyimport.control;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.deanery.welfare.shared.HostileInput;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.surveyimport.entity.HistoricalRow;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveys.SurveyFixtures;

/**
 * Whatever the bytes, the historical survey reader reads them or refuses them with honest problems, at once; and any
 * free-text answer, in any script and with any quoting or line breaks, is read back exactly.
 */
class HistoricalCsvReaderPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final byte[] VALID = ("gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation,"
                    + "ANXIETY,HOURS,SUPERVISOR,SUPERVISOR_DETAIL,TOPICS,PROGRAMME\n"
                    + ",IMG-7,YH-IMT,2021,follow_up,2021-12-01,1,4,37.5,yes,\"Hard to reach, \"\"never\"\" replies\","
                    + "PORTFOLIO|ROTA,IMT\n"
                    + "1234567,,YH-IMT,2021,baseline,2021-07-20,,2,,no,,,GP\n"
                    + ",f00d-1,YH-GP,2022,annual,2023-03-01,,5,60,no,,HOUSING,\n")
            .getBytes(StandardCharsets.UTF_8);

    private final HistoricalCsvReader reader = new HistoricalCsvReader(SurveyFixtures.everyItemType(), TODAY);

    private HistoricalCsvReader.Result read(byte[] bytes, ImportCharset charset) {
        return assertTimeoutPreemptively(
                ofSeconds(2), () -> reader.read(new ByteArrayInputStream(bytes), charset, new ImportProgress()));
    }

    private static void assertReadOrRefusedHonestly(HistoricalCsvReader.Result result) {
        result.problems().forEach(p -> HostileInput.assertHonest(p.column(), p.reason()));
        for (HistoricalRow row : result.rows()) {
            HostileInput.assertClean(row.respondentId());
            HostileInput.assertClean(row.programmeCode());
            row.answers()
                    .itemCodes()
                    .forEach(code -> row.answers().valuesOf(code).forEach(HostileInput::assertClean));
        }
    }

    @Property(tries = 5_000)
    void anEditedFileIsReadOrRefusedHonestly(@ForAll("editedFiles") byte[] file, @ForAll ImportCharset charset) {
        assertReadOrRefusedHonestly(read(file, charset));
    }

    @Property(tries = 2_000)
    void anyBytesAreReadOrRefusedHonestly(@ForAll("anyBytes") byte[] file, @ForAll ImportCharset charset) {
        assertReadOrRefusedHonestly(read(file, charset));
    }

    @Property(tries = 500)
    void aFreeTextAnswerIsReadBackExactly(@ForAll("answers") String answer) {
        byte[] file = csv(answer).getBytes(StandardCharsets.UTF_8);

        HistoricalCsvReader.Result result = read(file, ImportCharset.UTF_8);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> assertThat(
                        row.answers().valuesOf("SUPERVISOR_DETAIL"))
                .containsExactly(answer));
    }

    @Provide
    Arbitrary<byte[]> editedFiles() {
        return HostileInput.editsOf(VALID);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return HostileInput.anyBytes(2_000);
    }

    /** Text in several scripts, with the quotes, commas, pipes and line breaks a comment may hold. */
    @Provide
    Arbitrary<String> answers() {
        return Arbitraries.strings()
                .withChars("abcXYZ \u00e9\u00df\u0142\u0434\u05d0\u0627\u4e2d\u0928,\"'|;\n\t")
                .withChars('\ud83d')
                .ofMinLength(1)
                .ofMaxLength(4_000)
                .map(s -> s.replace("\ud83d", "\ud83d\ude00"))
                .filter(s -> s.length() <= 4_000 && s.equals(s.strip()) && !s.isEmpty());
    }

    private static String csv(String answer) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(
                    "respondent_id",
                    "programme",
                    "intake_year",
                    "wave_kind",
                    "wave_date",
                    "SUPERVISOR",
                    "SUPERVISOR_DETAIL");
            printer.printRecord("R1", "YH-IMT", "2021", "baseline", "2021-07-20", "yes", answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
