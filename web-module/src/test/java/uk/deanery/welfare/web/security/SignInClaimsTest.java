package uk.deanery.welfare.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class SignInClaimsTest {

    @Test
    void onlyATrueEmailVerifiedClaimCounts() {
        assertThat(SignInClaims.emailVerified(
                        Json.createObjectBuilder().add("email_verified", true).build()))
                .isTrue();
        assertThat(SignInClaims.emailVerified(
                        Json.createObjectBuilder().add("email_verified", "true").build()))
                .isTrue();
        assertThat(SignInClaims.emailVerified(
                        Json.createObjectBuilder().add("email_verified", false).build()))
                .isFalse();
        assertThat(SignInClaims.emailVerified(
                        Json.createObjectBuilder().add("email_verified", "yes").build()))
                .isFalse();
        assertThat(SignInClaims.emailVerified(
                        Json.createObjectBuilder().addNull("email_verified").build()))
                .isFalse();
        assertThat(SignInClaims.emailVerified(
                        Json.createObjectBuilder().add("email", "a@b.example").build()))
                .isFalse();
        assertThat(SignInClaims.emailVerified(null)).isFalse();
    }
}
