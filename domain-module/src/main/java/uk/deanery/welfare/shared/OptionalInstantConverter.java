package uk.deanery.welfare.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps a nullable {@link Instant} to a {@code TIMESTAMP WITH TIME ZONE} column. The shared
 * {@link uk.deanery.welfare.shared.InstantConverter} declares its database side as {@code Object}, so EclipseLink
 * binds a null as VARCHAR, which PostgreSQL refuses for a timestamp column; a typed database side binds it right.
 */
@Converter
public class OptionalInstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
