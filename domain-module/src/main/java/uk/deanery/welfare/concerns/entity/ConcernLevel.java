package uk.deanery.welfare.concerns.entity;

import java.util.Optional;

/** Who holds a concern, from the nearest to the trainee up: a missed acknowledgement moves it one level up. */
public enum ConcernLevel {
    SUPERVISOR,
    PROGRAMME_DIRECTOR,
    DEANERY;

    /** The level above, if there is one: the deanery's welfare team is the top and never passes a concern on. */
    public Optional<ConcernLevel> above() {
        return switch (this) {
            case SUPERVISOR -> Optional.of(PROGRAMME_DIRECTOR);
            case PROGRAMME_DIRECTOR -> Optional.of(DEANERY);
            case DEANERY -> Optional.empty();
        };
    }
}
