package uk.deanery.welfare.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static final String KEYCLOAK = "http://localhost:8180";

    @Test
    void facesPagesLeaveScriptsToPrimeFacesNoncePolicy() {
        for (String page : new String[] {"/trainee/home.xhtml", "/", "/admin/"}) {
            assertThat(SecurityHeadersFilter.policy(page, KEYCLOAK))
                    .as(page)
                    .doesNotContain("script-src")
                    .doesNotContain("default-src")
                    .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self' " + KEYCLOAK);
        }
    }

    /** Downloads and redirects; when one fails, the error dispatch is filtered again as the Faces page it shows. */
    @Test
    void everythingElseRunsScriptsFromThisOriginOnly() {
        for (String other : new String[] {"/trainee/my-data", "/jakarta.faces.resource/core.js.xhtml", "/keep-alive"}) {
            assertThat(SecurityHeadersFilter.policy(other, KEYCLOAK))
                    .as(other)
                    .startsWith("default-src 'self'; script-src 'self'; ")
                    .doesNotContain("unsafe-eval");
        }
    }
}
