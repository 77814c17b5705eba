package uk.deanery.welfare.interventions.control;

import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.shared.HostileInput;
import uk.deanery.welfare.shared.ImportCharset;

/** Whatever the bytes, the attendance reader reads them or refuses them with honest problems, at once. */
class AttendanceCsvReaderPropertiesTest {

    private static final byte[] VALID = ("gmc_number,status,joined_on,left_on\n"
                    + "1000001,attended,2026-09-01,\n"
                    + "1000002,absent,,\n"
                    + "\"1000003\",ATTENDED,2026-09-02,2026-10-01\n")
            .getBytes(StandardCharsets.UTF_8);

    private AttendanceCsvReader.Result read(byte[] bytes, ImportCharset charset, ActivityKind kind) {
        return assertTimeoutPreemptively(
                ofSeconds(2), () -> new AttendanceCsvReader(kind).read(new ByteArrayInputStream(bytes), charset));
    }

    private static void assertHonest(AttendanceCsvReader.Result result) {
        result.problems().forEach(p -> HostileInput.assertHonest(p.column(), p.reason()));
    }

    @Property(tries = 3_000)
    void anEditedFileIsReadOrRefusedHonestly(
            @ForAll("editedFiles") byte[] file, @ForAll ImportCharset charset, @ForAll ActivityKind kind) {
        assertHonest(read(file, charset, kind));
    }

    @Property(tries = 500)
    void anyBytesAreReadOrRefusedHonestly(
            @ForAll("anyBytes") byte[] file, @ForAll ImportCharset charset, @ForAll ActivityKind kind) {
        assertHonest(read(file, charset, kind));
    }

    @Provide
    Arbitrary<byte[]> editedFiles() {
        return HostileInput.editsOf(VALID);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return HostileInput.anyBytes(2_000);
    }
}
