package uk.deanery.welfare.surveys.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;

/** Every entry point asks the access policy first, before it touches the database (there is none here). */
class InstrumentServiceAccessTest {

    /** Refuses everything and remembers which roles each action would have accepted. */
    static class RefusingPolicy extends AccessPolicy {
        final Map<String, Set<Role>> asked = new LinkedHashMap<>();

        @Override
        public void requireRole(String action, Role... allowed) {
            asked.put(action, allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed));
            throw new AccessDeniedException(action);
        }
    }

    private final RefusingPolicy policy = new RefusingPolicy();
    private final InstrumentService service = new InstrumentService();

    {
        service.access = policy;
    }

    private Set<Role> rolesFor(String action, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
        return policy.asked.get(action);
    }

    @Test
    void managingInstrumentsIsForAdminsOnly() {
        Set<Role> admin = EnumSet.of(Role.ADMIN);
        assertThat(rolesFor(InstrumentService.ACTION_IMPORT, () -> service.importJson("{}")))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_EXPORT, () -> service.exportJson("X", 1)))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_PUBLISH, () -> service.publish("X", 1)))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_RETIRE, () -> service.retire("X", 1)))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_NEW_VERSION, () -> service.newDraftVersion("X")))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_CREATE, () -> service.createDraft("X", "T")))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_EDIT, () -> service.editDraft("X", 1, 1, "{}")))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_MANAGE, service::list)).isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_MANAGE, () -> service.find("X", 1)))
                .isEqualTo(admin);
        assertThat(rolesFor(InstrumentService.ACTION_MANAGE, () -> service.exists("X")))
                .isEqualTo(admin);
    }

    @Test
    void publishedInstrumentsAreForEveryRole() {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        assertThat(rolesFor(InstrumentService.ACTION_READ, () -> service.findPublished("X")))
                .isEqualTo(everyone);
        assertThat(rolesFor(InstrumentService.ACTION_READ, service::listPublished))
                .isEqualTo(everyone);
    }

    @Test
    void parametersCarryClearValidationMessages() throws NoSuchMethodException {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator().forExecutables();
            Set<ConstraintViolation<InstrumentService>> blank = validator.validateParameters(
                    service, InstrumentService.class.getMethod("importJson", String.class), new Object[] {" "});
            Set<ConstraintViolation<InstrumentService>> badVersion = validator.validateParameters(
                    service,
                    InstrumentService.class.getMethod("publish", String.class, int.class),
                    new Object[] {"IMG-INDUCTION", 0});

            assertThat(blank).extracting(ConstraintViolation::getMessage).containsExactly("is required");
            assertThat(badVersion.stream()
                            .map(v -> v.getPropertyPath().toString())
                            .collect(Collectors.toSet()))
                    .containsExactly("publish.version");
        }
    }
}
