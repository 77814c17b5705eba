package uk.deanery.welfare.reporting.prevalence;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import uk.deanery.welfare.reporting.prevalence.Dimension.Column;

/**
 * The group a count belongs to: a value per column the report is split by, null where it is not split by that column
 * or, where it is, when the value was not recorded (a respondent whose IMG status nobody asked).
 *
 * @param exposure the {@link Exposure#code()} of the group's exposure, or null when not split by exposure or dose
 */
public record Group(
        String wave,
        String programme,
        Integer intakeYear,
        String specialty,
        String deanery,
        Boolean img,
        Boolean firstNhsPost,
        String exposure) {

    /** Groups in a stable order: by wave, programme, intake year, specialty, deanery, then the respondent. */
    static final Comparator<Group> ORDER = Comparator.comparing(Group::wave, Comparator.nullsLast(String::compareTo))
            .thenComparing(Group::programme, Comparator.nullsLast(String::compareTo))
            .thenComparing(Group::intakeYear, Comparator.nullsLast(Integer::compareTo))
            .thenComparing(Group::specialty, Comparator.nullsLast(String::compareTo))
            .thenComparing(Group::deanery, Comparator.nullsLast(String::compareTo))
            .thenComparing(Group::img, Comparator.nullsLast(Boolean::compareTo))
            .thenComparing(Group::firstNhsPost, Comparator.nullsLast(Boolean::compareTo))
            .thenComparing(
                    g -> g.exposure() == null
                            ? null
                            : Exposure.byCode(g.exposure()).orElseThrow().ordinal(),
                    Comparator.nullsLast(Integer::compareTo));

    /** As {@link #ORDER}, but waves by their place in the report (oldest first) rather than by reference. */
    static Comparator<Group> inWaveOrder(Map<String, Integer> waveOrder) {
        return Comparator.comparing(
                        (Group g) -> g.wave() == null ? null : waveOrder.getOrDefault(g.wave(), Integer.MAX_VALUE),
                        Comparator.nullsLast(Integer::compareTo))
                .thenComparing(ORDER);
    }

    static Group of(Map<Column, Object> values) {
        return new Group(
                (String) values.get(Column.WAVE),
                (String) values.get(Column.PROGRAMME),
                (Integer) values.get(Column.INTAKE_YEAR),
                (String) values.get(Column.SPECIALTY),
                (String) values.get(Column.DEANERY),
                (Boolean) values.get(Column.IMG),
                (Boolean) values.get(Column.FIRST_NHS_POST),
                (String) values.get(Column.EXPOSURE));
    }

    /** The same group with another IMG value (null: not split by it). */
    Group withImg(Boolean value) {
        return new Group(wave, programme, intakeYear, specialty, deanery, value, firstNhsPost, exposure);
    }

    /** The same group with another exposure (null: not split by it). */
    Group withExposure(Exposure value) {
        return new Group(
                wave,
                programme,
                intakeYear,
                specialty,
                deanery,
                img,
                firstNhsPost,
                value == null ? null : value.code());
    }

    Object value(Column column) {
        return switch (column) {
            case WAVE -> wave;
            case PROGRAMME -> programme;
            case INTAKE_YEAR -> intakeYear;
            case SPECIALTY -> specialty;
            case DEANERY -> deanery;
            case IMG -> img;
            case FIRST_NHS_POST -> firstNhsPost;
            case EXPOSURE -> exposure;
        };
    }

    /** Whether this group has the same values as the other in each of the columns. */
    boolean agreesOn(Group other, Iterable<Column> columns) {
        for (Column column : columns) {
            if (!Objects.equals(value(column), other.value(column))) {
                return false;
            }
        }
        return true;
    }
}
