package uk.deanery.welfare.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock every service and access rule asks for "now" and "today". Instants are instants; the day is the
 * deanery's day, in Europe/London, whatever zone the server runs in (a UTC server otherwise disagrees about the
 * date between midnight and 1 am in summer).
 */
@ApplicationScoped
public class DeaneryClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
