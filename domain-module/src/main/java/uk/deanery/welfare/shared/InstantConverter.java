package uk.deanery.welfare.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Maps {@link Instant} to a {@code TIMESTAMP WITH TIME ZONE} column. EclipseLink 4.0 (Jakarta Persistence 3.1) would
 * otherwise serialise it into a blob. The database side is typed {@code Object} because the drivers disagree on what
 * they hand back for that column type: H2 an {@link OffsetDateTime}, PostgreSQL a {@link Timestamp}.
 */
@Converter
public class InstantConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (value instanceof ZonedDateTime zonedDateTime) {
            return zonedDateTime.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        throw new IllegalArgumentException(
                "Cannot read an instant from a " + value.getClass().getName());
    }
}
