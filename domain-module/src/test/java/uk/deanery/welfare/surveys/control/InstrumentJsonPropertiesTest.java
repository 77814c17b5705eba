package uk.deanery.welfare.surveys.control;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.deanery.welfare.surveys.SurveyFixtures.CATEGORY_CODES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.deanery.welfare.shared.HostileInput;
import uk.deanery.welfare.surveys.SurveyFixtures;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;

/**
 * Whatever the bytes, the instrument reader reads them or refuses them with honest problems, at once; and any title
 * and question text, in any script, survives export and import exactly.
 */
class InstrumentJsonPropertiesTest {

    private static final byte[] BUILT_IN = builtIn();

    private final InstrumentJson json = new InstrumentJson();

    private static byte[] builtIn() {
        try (InputStream in =
                InstrumentJsonPropertiesTest.class.getResourceAsStream("/surveys/img-induction-v1.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InstrumentJson.Result read(byte[] bytes) {
        return assertTimeoutPreemptively(
                ofSeconds(2), () -> json.read(new ByteArrayInputStream(bytes), SurveyFixtures.CATEGORY_CODES));
    }

    private static void assertReadOrRefusedHonestly(InstrumentJson.Result result) {
        result.problems().forEach(p -> HostileInput.assertHonest(p.path(), p.reason()));
        result.instrument().ifPresent(instrument -> {
            HostileInput.assertClean(instrument.getTitle());
            instrument.getSections().forEach(section -> section.getItems().forEach(item -> {
                HostileInput.assertClean(item.getText());
                item.getOptions().forEach(option -> HostileInput.assertClean(option.getLabel()));
            }));
        });
        assertThat(result.instrument().isPresent()).isNotEqualTo(result.hasProblems());
    }

    @Property(tries = 5_000)
    void anEditedInstrumentIsReadOrRefusedHonestly(@ForAll("editedInstruments") byte[] file) {
        assertReadOrRefusedHonestly(read(file));
    }

    @Property(tries = 2_000)
    void anyBytesAreReadOrRefusedHonestly(@ForAll("anyBytes") byte[] file) {
        assertReadOrRefusedHonestly(read(file));
    }

    @Property(tries = 300)
    void anyTitleAndQuestionSurviveExportAndImport(@ForAll("titles") String title, @ForAll("texts") String text) {
        Instrument original = new Instrument("T", title);
        original.addSection(title).add(Item.freeText("Q", text).withHelpText(text));

        InstrumentJson.Result result = json.read(json.write(original), CATEGORY_CODES);

        assertThat(result.problems()).isEmpty();
        Instrument imported = result.instrument().orElseThrow();
        assertThat(imported.getTitle()).isEqualTo(title);
        assertThat(imported.getSections().get(0).getTitle()).isEqualTo(title);
        assertThat(imported.item("Q").orElseThrow().getText()).isEqualTo(text);
        assertThat(imported.item("Q").orElseThrow().getHelpText()).contains(text);
    }

    @Provide
    Arbitrary<byte[]> editedInstruments() {
        return HostileInput.editsOf(BUILT_IN);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return HostileInput.anyBytes(2_000);
    }

    @Provide
    Arbitrary<String> titles() {
        return text(200, "");
    }

    @Provide
    Arbitrary<String> texts() {
        return text(1_000, "\n");
    }

    private static Arbitrary<String> text(int max, String more) {
        return Arbitraries.strings()
                .withChars("abcXYZ 0123456789\u00e9\u00df\u0142\u0434\u05d0\u0627\u4e2d\u0928,\"'\\/{}[]:?" + more)
                .ofMinLength(1)
                .ofMaxLength(max)
                .filter(s -> s.equals(s.strip()) && !s.isEmpty());
    }
}
