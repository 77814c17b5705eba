package uk.deanery.welfare.reporting.prevalence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.reporting.prevalence.Dimension.Column;
import uk.deanery.welfare.surveys.entity.ResponseStatus;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;

/**
 * The grouped queries a prevalence report is made of, over the read model that submission and import keep
 * ({@code Response.indicators}, {@code Response.img} and {@code Response.firstNhsPost}) and the stored answers. Every
 * count is a GROUP BY in the database; nothing here loads a response. JPQL, so H2 and PostgreSQL run the same
 * statements; the grouped columns come from {@link Column}, never from a caller's text.
 */
@ApplicationScoped
public class PrevalenceQueries {

    private static final String FROM = " FROM Response r JOIN r.wave w JOIN w.instrument ins"
            + " LEFT JOIN r.cohort c LEFT JOIN c.programme p LEFT JOIN p.specialty s LEFT JOIN p.deanery d";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    /** Per group and indicator: how many answered the item, and how many of them met its rule. */
    List<Count> indicatorCounts(Scope scope, Set<Column> columns) {
        String groups = select(columns);
        List<Count> counts = new ArrayList<>();
        for (Exposure exposure : exposures(scope, columns)) {
            Where where = where(scope).exposure(exposure, scope, "rp", "w", "c");
            Query query = em.createQuery("SELECT " + groups + "i.itemCode, i.categoryCode, COUNT(r),"
                    + " SUM(i.met)"
                    + from(exposure) + " JOIN r.indicators i" + where.clause()
                    + " GROUP BY " + groups + "i.itemCode, i.categoryCode");
            where.bind(query);
            for (Object row : query.getResultList()) {
                Object[] values = (Object[]) row;
                int at = selected(columns);
                counts.add(new Count(
                        group(columns, values).withExposure(exposure),
                        new Indicator((String) values[at], (String) values[at + 1]),
                        number(values[at + 3]),
                        number(values[at + 2])));
            }
        }
        return counts;
    }

    /** Per group, closed item and answer value: how many gave it. */
    List<ItemCount> answerCounts(Scope scope, Set<Column> columns, Set<String> items) {
        return answers(scope, columns, items, "a.answerValue, COUNT(r)", "a.answerValue");
    }

    /** Per group and closed item: how many answered it (a multiple-choice answer counts once); no value. */
    List<ItemCount> answeredCounts(Scope scope, Set<Column> columns, Set<String> items) {
        return answers(scope, columns, items, "COUNT(DISTINCT r.id)", null);
    }

    /** How many in a group answered an item, or gave one value to it. */
    record ItemCount(Group group, String item, String value, long count) {}

    /** Submitted answers to the items, grouped by the columns and item (and {@code alsoGroupBy}, if any). */
    private List<ItemCount> answers(
            Scope scope, Set<Column> columns, Set<String> items, String counted, String alsoGroupBy) {
        if (items.isEmpty()) {
            return List.of();
        }
        String groups = select(columns) + "a.itemCode";
        if (alsoGroupBy != null) {
            groups += ", " + alsoGroupBy;
        }
        String selected = select(columns) + "a.itemCode, " + counted;
        List<ItemCount> rows = new ArrayList<>();
        int at = selected(columns);
        for (Exposure exposure : exposures(scope, columns)) {
            Where where = where(scope)
                    .and("a.itemCode IN :items", "items", List.copyOf(items))
                    .and("r.status = :submitted", "submitted", ResponseStatus.SUBMITTED)
                    .exposure(exposure, scope, "rp", "w", "c");
            Query query = em.createQuery("SELECT " + selected + from(exposure) + " JOIN r.answers a" + where.clause()
                    + " GROUP BY " + groups);
            where.bind(query);
            for (Object row : query.getResultList()) {
                Object[] values = (Object[]) row;
                rows.add(new ItemCount(
                        group(columns, values).withExposure(exposure),
                        (String) values[at],
                        alsoGroupBy == null ? null : (String) values[at + 1],
                        number(values[values.length - 1])));
            }
        }
        return rows;
    }

    /**
     * Per indicator, the pairs of one baseline and one follow-up wave: the same trainee, or the same pseudonymous id
     * in the same cohort, who answered the item in both; with b (met before, not after) and c (the reverse). Two
     * statements, one per kind of respondent, so each joins on an indexed equality rather than an OR.
     *
     * @param exposure only the pairs whose follow-up response has this exposure, or null for every pair
     * @return indicator to {pairs, b, c}
     */
    Map<Indicator, long[]> pairs(Scope scope, String baselineWave, String followUpWave, Exposure exposure) {
        Map<Indicator, long[]> pairs = new LinkedHashMap<>();
        for (String sameRespondent : List.of(
                "JOIN br.participation bp JOIN fr.participation fp WHERE bp.trainee = fp.trainee",
                "WHERE br.respondentId IS NOT NULL AND fr.respondentId = br.respondentId")) {
            boolean linked = sameRespondent.contains("fp");
            if (exposure != null && exposure.isKnown() != linked) {
                // Pseudonymous pairs have no known exposure; pairs of trainees always have one.
                continue;
            }
            Where where = pairScope(scope);
            if (exposure != null && linked) {
                where.exposure(exposure, scope, "fp", "fr.wave", "c");
            }
            String jpql = "SELECT bi.itemCode, bi.categoryCode, COUNT(br),"
                    + " SUM(CASE WHEN bi.met > fi.met THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN fi.met > bi.met THEN 1 ELSE 0 END)"
                    + " FROM Response br JOIN br.indicators bi JOIN br.cohort c JOIN c.programme p"
                    + " JOIN p.specialty s, Response fr JOIN fr.indicators fi "
                    + sameRespondent
                    + " AND br.wave.reference = :baseline AND fr.wave.reference = :followUp"
                    + " AND fr.cohort = br.cohort AND fi.itemCode = bi.itemCode AND fi.categoryCode = bi.categoryCode"
                    + where.conditions()
                    + " GROUP BY bi.itemCode, bi.categoryCode";
            Query query =
                    em.createQuery(jpql).setParameter("baseline", baselineWave).setParameter("followUp", followUpWave);
            where.bind(query);
            for (Object row : query.getResultList()) {
                Object[] values = (Object[]) row;
                long[] sum =
                        pairs.computeIfAbsent(new Indicator((String) values[0], (String) values[1]), k -> new long[3]);
                sum[0] += number(values[2]);
                sum[1] += number(values[3]);
                sum[2] += number(values[4]);
            }
        }
        return pairs;
    }

    /** The waves of the instrument the filters cover that were put to at least one cohort in scope, oldest first. */
    List<Wave> waves(Scope scope) {
        Where where = new Where();
        where.and("ins.code = :instrument", "instrument", scope.instrument());
        if (scope.instrumentVersion() != null) {
            where.and("ins.instrumentVersion = :version", "version", scope.instrumentVersion());
        }
        waveConditions(scope, where);
        TypedQuery<Wave> query = em.createQuery(
                "SELECT DISTINCT w FROM Wave w JOIN w.instrument ins JOIN w.cohorts c JOIN c.programme p"
                        + " JOIN p.specialty s"
                        + where.clause() + " ORDER BY w.opensOn, w.reference",
                Wave.class);
        where.bind(query);
        return query.getResultList();
    }

    private static Where where(Scope scope) {
        Where where = new Where();
        where.and("ins.code = :instrument", "instrument", scope.instrument());
        if (scope.instrumentVersion() != null) {
            where.and("ins.instrumentVersion = :version", "version", scope.instrumentVersion());
        }
        waveConditions(scope, where);
        return where;
    }

    private static void waveConditions(Scope scope, Where where) {
        if (!scope.waves().isEmpty()) {
            where.and("w.reference IN :waves", "waves", scope.waves());
        }
        if (!scope.programmes().isEmpty()) {
            where.and("p.code IN :programmes", "programmes", scope.programmes());
        }
        if (!scope.specialties().isEmpty()) {
            where.and("s.code IN :specialties", "specialties", scope.specialties());
        }
        if (!scope.cohorts().isEmpty()) {
            where.and("c.intakeYear IN :cohorts", "cohorts", scope.cohorts());
        }
        if (scope.from() != null) {
            where.and("w.opensOn >= :from", "from", scope.from());
        }
        if (scope.to() != null) {
            where.and("w.opensOn <= :to", "to", scope.to());
        }
    }

    private static Where pairScope(Scope scope) {
        Where where = new Where();
        if (!scope.programmes().isEmpty()) {
            where.and("p.code IN :programmes", "programmes", scope.programmes());
        }
        if (!scope.specialties().isEmpty()) {
            where.and("s.code IN :specialties", "specialties", scope.specialties());
        }
        if (!scope.cohorts().isEmpty()) {
            where.and("c.intakeYear IN :cohorts", "cohorts", scope.cohorts());
        }
        return where;
    }

    private static String select(Set<Column> columns) {
        StringBuilder select = new StringBuilder();
        columns.stream().filter(Column::isSelected).forEach(column -> select.append(column.expression())
                .append(", "));
        return select.toString();
    }

    /** How many of the columns are selected (every one but exposure). */
    static int selected(Set<Column> columns) {
        return (int) columns.stream().filter(Column::isSelected).count();
    }

    /** The exposure values to run a statement for: one null (no split) unless the columns include exposure. */
    private static List<Exposure> exposures(Scope scope, Set<Column> columns) {
        if (!columns.contains(Column.EXPOSURE) || scope.exposure().isEmpty()) {
            return java.util.Collections.singletonList(null);
        }
        return scope.exposure();
    }

    /** The responses and what they belong to; with their participation when split by exposure. */
    private static String from(Exposure exposure) {
        return exposure == null ? FROM : FROM + " LEFT JOIN r.participation rp";
    }

    /** The group of a result row whose first values are the selected columns, in the set's (enum) order. */
    static Group group(Set<Column> columns, Object[] values) {
        Map<Column, Object> byColumn = new EnumMap<>(Column.class);
        int at = 0;
        for (Column column : columns) {
            if (column.isSelected()) {
                byColumn.put(column, values[at++]);
            }
        }
        return Group.of(byColumn);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Conditions joined with AND, and their parameters. */
    private static final class Where {
        private final StringJoiner conditions = new StringJoiner(" AND ");
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where and(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
            return this;
        }

        /** Only responses with the exposure (nothing when null); the aliases are the response's. */
        Where exposure(Exposure exposure, Scope scope, String participation, String wave, String cohort) {
            if (exposure == null) {
                return this;
            }
            boolean ofKind = scope.exposureKind() != null;
            conditions.add(exposure.condition(participation, wave, cohort, ofKind));
            if (exposure.isKnown()) {
                parameters.put("exposureAttended", AttendanceStatus.ATTENDED);
                parameters.put("exposureBaseline", WaveKind.BASELINE);
                if (ofKind) {
                    parameters.put("exposureKind", scope.exposureKind());
                }
            }
            return this;
        }

        String clause() {
            return conditions.length() == 0 ? " WHERE 1 = 1" : " WHERE " + conditions;
        }

        /** For appending to a WHERE already written: each condition preceded by AND. */
        String conditions() {
            return conditions.length() == 0 ? "" : " AND " + conditions;
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
