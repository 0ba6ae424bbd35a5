package org.ariadne.statistics.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.SexualExploitationType;
import org.ariadne.common.InvalidInputException;
import org.ariadne.justice.CompensationSource;
import org.ariadne.statistics.Basis;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables statistics count, defined once as {@link Shape}s, and the direct way of counting them:
 * one GROUP BY per table over the fact rows of the period, sets counted by bit tests in the same
 * scan. {@link Summaries} counts the same shapes from monthly summaries; the direct way is the
 * reference it is tested against, and counts what a summary cannot yet give. Returns raw counts,
 * which never leave the statistics service without disclosure control.
 */
@Component
public class FactQueries {

    private static final String[] STEPS = {"CLAIMED", "AWARDED", "PAID"};
    private static final String[] STEP_COLUMNS = {"f.comp_claimed", "f.comp_awarded", "f.comp_paid"};

    private final JdbcTemplate jdbc;

    FactQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Restrictions a table may carry; fixed SQL, never built from input. */
    public enum Condition {
        DECLINED(Dimension.Source.SERVICES, "s.status = 'DECLINED'"),
        RATED_BY_CASEWORKER(Dimension.Source.SERVICES, "s.caseworker_rating IS NOT NULL"),
        RATED_BY_VICTIM(Dimension.Source.SERVICES, "s.victim_rating IS NOT NULL"),
        FEEDBACK_GIVEN(Dimension.Source.SERVICES, "s.needs_met IS NOT NULL"),
        LINKED_OFFENCES(Dimension.Source.CASES, "f.linked_offences"),
        BARRIERS_GIVEN(Dimension.Source.CASES, "f.barriers <> 0");

        private final Dimension.Source source;
        private final String sql;

        Condition(Dimension.Source source, String sql) {
            this.source = source;
            this.sql = sql;
        }
    }

    /** How the cells of a request become a table. */
    enum Kind { TABLE, COMPENSATION, HISTOGRAM }

    /** One table to count: a shape, the period and region, and how its cells are laid out. */
    public static final class Request {

        final Shape shape;
        final StatisticsQuery query;
        final Kind kind;
        final @Nullable Dimension rows;
        final @Nullable Dimension columns;
        /** The shape counts the columns by the rows (a set as rows): the table is its transpose. */
        final boolean transposed;

        private Request(Shape shape, StatisticsQuery query, Kind kind, @Nullable Dimension rows,
                        @Nullable Dimension columns, boolean transposed) {
            this.shape = shape;
            this.query = query;
            this.kind = kind;
            this.rows = rows;
            this.columns = columns;
            this.transposed = transposed;
        }

        public StatisticsQuery query() {
            return query;
        }
    }

    /** Persons counted by rows x columns; values in the order given by {@link #values}. */
    public Request table(@Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis) {
        return table(rows, columns, query, basis, null);
    }

    /** The same, restricted to the records meeting one of the fixed {@link Condition}s. */
    public Request table(@Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis,
                         @Nullable Condition condition) {
        if (rows == columns) {
            throw new InvalidInputException("dimension", "statistics.error.same-dimension");
        }
        if (rows != null && rows.source() != columns.source()) {
            throw new InvalidInputException("dimension", "statistics.error.mixed-sources");
        }
        if (rows != null && rows.isSet() && columns.isSet()) {
            throw new InvalidInputException("dimension", "statistics.error.two-sets");
        }
        Dimension.Source source = basis == Basis.SERVICE_MONTH ? Dimension.Source.SERVICES : Dimension.Source.CASES;
        if (columns.source() != source || (condition != null && condition.source != source)) {
            throw new IllegalArgumentException("a table counts records of one source, placed by a month of that source");
        }
        String restriction = condition == null ? "" : " AND " + condition.sql;
        if (rows != null && rows.isSet()) {
            return new Request(shape(columns, rows, basis, restriction), query, Kind.TABLE, rows, columns, true);
        }
        return new Request(shape(rows, columns, basis, restriction), query, Kind.TABLE, rows, columns, false);
    }

    /** Persons who claimed, were awarded and were paid compensation, by source (rows: the three steps). */
    public Request compensation(StatisticsQuery query) {
        List<Shape.Sum> sums = new ArrayList<>();
        for (int step = 0; step < STEPS.length; step++) {
            for (var source : CompensationSource.values()) {
                sums.add(new Shape.Sum(STEPS[step], source.name(), STEP_COLUMNS[step] + " & " + Bits.bit(source)
                        + " <> 0"));
            }
        }
        return new Request(Shape.sums(Basis.REFERENCE_MONTH, "'ALL'", sums, ""), query, Kind.COMPENSATION, null, null,
                false);
    }

    /** How many records fall on each number of days (e.g. from referral to a decision) in the period. */
    public Request daysHistogram(String daysColumn, StatisticsQuery query, Basis basis) {
        if (!daysColumn.equals("rg_days") && !daysColumn.equals("cd_days")) {
            throw new IllegalArgumentException("unknown column");
        }
        return new Request(Shape.pairs(basis, "'ALL'", "f." + daysColumn, " AND f." + daysColumn + " IS NOT NULL"),
                query, Kind.HISTOGRAM, null, null, false);
    }

    /** A histogram's counts by number of days, from the table {@link #daysHistogram} gives. */
    public static TreeMap<Integer, Long> histogram(Counts counts) {
        var histogram = new TreeMap<Integer, Long>();
        for (int c = 0; c < counts.columnValues().size(); c++) {
            histogram.put(Integer.parseInt(counts.columnValues().get(c)), counts.counts()[0][c]);
        }
        return histogram;
    }

    /** Counts the requests directly from the fact rows, in the caller's transaction. */
    public List<Counts> direct(List<Request> requests) {
        List<Counts> counts = new ArrayList<>();
        for (Request request : requests) {
            List<Object> args = new ArrayList<>();
            args.add(Date.valueOf(request.query.period().firstDay()));
            args.add(Date.valueOf(request.query.period().lastMonthStart()));
            counts.add(finish(request, cells(request.shape, "BETWEEN ? AND ?", args, request.query.region())));
        }
        return counts;
    }

    /** The cells of the records in the given months (the predicate and its arguments), optionally one region. */
    List<Shape.Cell> cells(Shape shape, String months, List<Object> monthArgs, @Nullable String region) {
        List<Object> args = new ArrayList<>(monthArgs);
        if (region != null) {
            args.add(region);
        }
        List<Shape.Cell> cells = new ArrayList<>();
        jdbc.query(shape.directSql(months, region != null), rs -> {
            shape.cells(rs, 1, cells);
        }, args.toArray());
        return cells;
    }

    /** Lays the cells out as the request's table: values in their fixed order; cells outside them are left out. */
    Counts finish(Request request, Collection<Shape.Cell> cells) {
        return switch (request.kind) {
            case COMPENSATION -> layout(List.of(STEPS), Arrays.stream(CompensationSource.values()).map(Enum::name)
                    .toList(), cells, false);
            case HISTOGRAM -> layout(List.of("ALL"), cells.stream().map(Shape.Cell::column).distinct()
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList(), cells, false);
            case TABLE -> {
                Period period = request.query.period();
                List<String> rowValues = request.rows == null ? List.of("ALL") : values(request.rows, period);
                List<String> columnValues = values(request.columns, period);
                yield request.transposed ? layout(rowValues, columnValues, cells, true)
                        : layout(rowValues, columnValues, cells, false);
            }
        };
    }

    private static Counts layout(List<String> rowValues, List<String> columnValues, Collection<Shape.Cell> cells,
                                 boolean transposed) {
        long[][] counts = new long[rowValues.size()][columnValues.size()];
        Map<String, Integer> rowIndex = index(rowValues);
        Map<String, Integer> colIndex = index(columnValues);
        for (Shape.Cell cell : cells) {
            Integer r = rowIndex.get(transposed ? cell.column() : cell.row());
            Integer c = colIndex.get(transposed ? cell.row() : cell.column());
            if (r != null && c != null) {
                counts[r][c] += cell.count();
            }
        }
        return new Counts(rowValues, columnValues, counts);
    }

    private static Shape shape(@Nullable Dimension rows, Dimension columns, Basis basis, String restriction) {
        String rowExpr = rows == null ? "'ALL'" : rows.expression();
        if (!columns.isSet()) {
            return Shape.pairs(basis, rowExpr, columns.expression(), restriction);
        }
        List<Shape.Sum> sums = new ArrayList<>();
        for (String value : columns.fixedValues()) {
            sums.add(new Shape.Sum(null, value, setTest(columns, value)));
        }
        return Shape.sums(basis, rowExpr, sums, restriction);
    }

    /** A combination of generalisable values of consenting persons' records, and how many records have it. */
    public record ResearchRow(int year, String ageBand, boolean child, @Nullable String sex, @Nullable String citizenship,
                              int forms, @Nullable String identifyingActor, @Nullable Boolean rgPositive,
                              @Nullable Boolean cdPositive, @Nullable String decidedBy, long count) {
    }

    /** Records of persons who consented to research use, counted once each, by their exportable values. */
    public List<ResearchRow> researchRows(Period period) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT YEAR(f.ref_month), COALESCE(f.age_band, 'UNKNOWN'), f.child, f.sex, f.citizenship_group,"
                + " f.forms, f.identifying_actor, f.rg_positive, f.cd_positive, COALESCE(f.cd_by, f.rg_by), COUNT(*)"
                + " FROM stat_case_fact f" + where(StatisticsQuery.national(period), Basis.REFERENCE_MONTH, args)
                + " AND f.research_consent GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10";
        return jdbc.query(sql, (rs, n) -> new ResearchRow(rs.getInt(1), rs.getString(2), rs.getBoolean(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                (Boolean) rs.getObject(8, Boolean.class), (Boolean) rs.getObject(9, Boolean.class), rs.getString(10),
                rs.getLong(11)), args.toArray());
    }

    /** A raw table: counts by the values of two dimensions (rows may be null for a single row). */
    public record Counts(List<String> rowValues, List<String> columnValues, long[][] counts) {
    }

    /** The values a dimension takes: fixed lists, the years or quarters of the period, or the regions recorded. */
    public List<String> values(Dimension dimension, Period period) {
        if (dimension.hasFixedValues()) {
            return dimension.fixedValues();
        }
        List<String> values = new ArrayList<>();
        switch (dimension) {
            case YEAR -> {
                for (int y = period.from().getYear(); y <= period.to().getYear(); y++) {
                    values.add(Integer.toString(y));
                }
            }
            case QUARTER -> {
                for (var m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
                    String q = m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
                    if (!values.contains(q)) {
                        values.add(q);
                    }
                }
            }
            case REGION -> {
                values.addAll(regions());
                values.add("UNKNOWN");
            }
            default -> throw new IllegalStateException("no values for " + dimension);
        }
        return values;
    }

    /** The regions recorded in any period, so that a region list never depends on a small count. */
    public List<String> regions() {
        // GROUP BY rather than DISTINCT, read from the region index by skipping from one region to the next.
        return jdbc.queryForList("SELECT region FROM stat_case_fact WHERE region IS NOT NULL GROUP BY region"
                + " ORDER BY 1", String.class);
    }

    /** Years with any fact, for the period choosers. */
    public List<Integer> years() {
        // The distinct (counted, month) pairs, read from their index a pair at a time: a few hundred entries.
        List<Integer> years = new ArrayList<>();
        jdbc.query("SELECT counted, ref_month FROM stat_case_fact GROUP BY counted, ref_month", rs -> {
            Date month = rs.getDate(2);
            if (month != null) {
                years.add(month.toLocalDate().getYear());
            }
        });
        return years.stream().distinct().sorted().toList();
    }

    private static String where(StatisticsQuery query, Basis basis, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE ");
        if (basis != Basis.SERVICE_MONTH) {
            where.append("f.counted = TRUE AND f.ref_month IS NOT NULL AND ");
        }
        where.append(basis.column()).append(" BETWEEN ? AND ?");
        args.add(Date.valueOf(query.period().firstDay()));
        args.add(Date.valueOf(query.period().lastMonthStart()));
        if (query.region() != null) {
            where.append(" AND f.region = ?");
            args.add(query.region());
        }
        return where.toString();
    }

    private static String setTest(Dimension dimension, String value) {
        if (dimension == Dimension.FORM && Dimension.ONLINE_SEXUAL_ABUSE.equals(value)) {
            int sexual = Bits.bit(ExploitationForm.SEXUAL_EXPLOITATION);
            int online = Bits.bit(SexualExploitationType.PORNOGRAPHY) | Bits.bit(SexualExploitationType.LIVE_STREAMED_ABUSE);
            return "f.forms & " + sexual + " <> 0 AND (f.tech_facilitated OR f.sexual_types & " + online + " <> 0)";
        }
        int position = dimension.fixedValues().indexOf(value);
        return dimension.maskColumn() + " & " + (1 << position) + " <> 0";
    }

    private static Map<String, Integer> index(List<String> values) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        return index;
    }
}
