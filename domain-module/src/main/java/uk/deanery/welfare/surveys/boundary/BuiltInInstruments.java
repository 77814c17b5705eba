package uk.deanery.welfare.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import uk.deanery.welfare.surveys.control.InstrumentJson;
import uk.deanery.welfare.surveys.control.InstrumentProblem;
import uk.deanery.welfare.surveys.entity.Instrument;

/**
 * The instruments the product ships with, loaded through the same import admins use. Today one: the questionnaire of
 * the Yorkshire and Humber IMG study, "IMG induction and first rotation", published as version 1.
 */
@ApplicationScoped
public class BuiltInInstruments {

    public static final String IMG_INDUCTION_CODE = "IMG-INDUCTION";
    public static final String IMG_INDUCTION_RESOURCE = "/surveys/img-induction-v1.json";

    @Inject
    InstrumentService instruments;

    /**
     * Imports and publishes the built-in questionnaire unless some version of it already exists (an admin may have
     * moved on to version 2). One transaction, so a failed load leaves nothing half-made. Needs an admin or the
     * system caller.
     *
     * @return whether anything was loaded
     * @throws IllegalStateException if the shipped file is rejected, naming every problem
     */
    @Transactional
    public boolean ensureLoaded() {
        if (instruments.exists(IMG_INDUCTION_CODE)) {
            return false;
        }
        InstrumentJson.Result result = instruments.importJson(resource(IMG_INDUCTION_RESOURCE));
        if (result.hasProblems()) {
            throw new IllegalStateException("The built-in instrument " + IMG_INDUCTION_RESOURCE + " was rejected: "
                    + result.problems().stream()
                            .map(InstrumentProblem::toString)
                            .collect(Collectors.joining("; ")));
        }
        Instrument imported = result.instrument().orElseThrow();
        instruments.publish(imported.getCode(), imported.getInstrumentVersion());
        return true;
    }

    private static String resource(String name) {
        try (InputStream in = BuiltInInstruments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in instrument " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
