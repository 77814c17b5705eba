package uk.deanery.welfare.concerns.entity;

import java.util.Optional;

/** Who holds a concern, from the nearest to the trainee up: a missed acknowledgement moves it one level up. */
public enum ConcernLevel {
    SUPERVISOR("Educational supervisor"),
    PROGRAMME_DIRECTOR("Programme director"),
    DEANERY("Deanery welfare team");

    private final String label;

    ConcernLevel(String label) {
        this.label = label;
    }

    /** In words, for pages. */
    public String label() {
        return label;
    }

    /** The level above, if there is one: the deanery's welfare team is the top and never passes a concern on. */
    public Optional<ConcernLevel> above() {
        return switch (this) {
            case SUPERVISOR -> Optional.of(PROGRAMME_DIRECTOR);
            case PROGRAMME_DIRECTOR -> Optional.of(DEANERY);
            case DEANERY -> Optional.empty();
        };
    }
}
