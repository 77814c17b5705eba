package uk.deanery.welfare.web.startup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApplicationStartupTest {

    @Test
    void outsideTheDemoTheDemoSecretStopsTheStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> ApplicationStartup.refuseDemoSecretInService(false, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WELFARE_OIDC_CLIENT_SECRET")
                .hasMessageContaining("demo default");
    }

    @Test
    void theDemoMayUseTheDemoSecretAndServiceMayUseItsOwn() {
        assertThatCode(() -> ApplicationStartup.refuseDemoSecretInService(true, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> ApplicationStartup.refuseDemoSecretInService(false, false))
                .doesNotThrowAnyException();
    }
}
