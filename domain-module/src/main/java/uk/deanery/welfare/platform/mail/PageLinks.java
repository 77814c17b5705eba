package uk.deanery.welfare.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Addresses of the application's pages for links in email, from {@code welfare.base-url}. */
@ApplicationScoped
public class PageLinks {

    @Inject
    @ConfigProperty(name = "welfare.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** @param pathAndQuery from the application's root, starting with {@code /} */
    public String to(String pathAndQuery) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + pathAndQuery;
    }
}
