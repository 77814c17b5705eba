package uk.deanery.welfare.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps an {@link Instant} (null allowed) to a {@code TIMESTAMP WITH TIME ZONE} column, which EclipseLink 4.0 would
 * otherwise serialise into a blob. The database side is typed {@link OffsetDateTime}, which both H2 and the
 * PostgreSQL driver read and write for that column type; an untyped side would bind a null as VARCHAR, which
 * PostgreSQL refuses for a timestamp.
 */
@Converter
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
