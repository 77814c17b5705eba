package uk.deanery.welfare.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.shared.InvalidValueException;

/** Kinds of support activity as the API names them: the enum's names, in any case. */
final class ActivityKinds {

    static final String NAMES =
            "INDUCTION_SESSION, PEER_MESSAGING_GROUP, WEBINAR, QA_SESSION, BUDDY_SCHEME," + " WELLBEING_SESSION, OTHER";

    private ActivityKinds() {}

    /** The kind, or null for a parameter left out. */
    static ActivityKind parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(ActivityKind.values())
                .filter(kind -> kind.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        parameter,
                        "'" + QueryParams.shortened(value) + "' is not one of "
                                + Arrays.stream(ActivityKind.values())
                                        .map(ActivityKind::name)
                                        .collect(Collectors.joining(", "))));
    }
}
