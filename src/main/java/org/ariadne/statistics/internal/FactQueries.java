package org.ariadne.statistics.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.SexualExploitationType;
import org.ariadne.common.InvalidInputException;
import org.ariadne.statistics.Basis;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregate queries over the fact tables: one GROUP BY per table, sets counted by bit tests in the
 * same scan. Returns raw counts, which never leave the statistics service without disclosure control.
 */
@Component
public class FactQueries {

    private final JdbcTemplate jdbc;

    FactQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Restrictions a table may carry; fixed SQL, never built from input. */
    public enum Condition {
        DECLINED("s.status = 'DECLINED'"),
        RATED_BY_CASEWORKER("s.caseworker_rating IS NOT NULL"),
        RATED_BY_VICTIM("s.victim_rating IS NOT NULL"),
        FEEDBACK_GIVEN("s.needs_met IS NOT NULL"),
        LINKED_OFFENCES("f.linked_offences"),
        BARRIERS_GIVEN("f.barriers <> 0");

        private final String sql;

        Condition(String sql) {
            this.sql = sql;
        }
    }

    /** Persons who claimed, were awarded and were paid compensation, by source (rows: the three steps). */
    public long[][] compensation(StatisticsQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT 1");
        var sources = org.ariadne.justice.CompensationSource.values();
        for (String column : List.of("comp_claimed", "comp_awarded", "comp_paid")) {
            for (var source : sources) {
                sql.append(", SUM(f.").append(column).append(" & ").append(Bits.bit(source)).append(" <> 0)");
            }
        }
        sql.append(" FROM stat_case_fact f").append(where(query, Basis.REFERENCE_MONTH, args));
        long[][] counts = new long[3][sources.length];
        jdbc.query(sql.toString(), rs -> {
            for (int step = 0; step < 3; step++) {
                for (int s = 0; s < sources.length; s++) {
                    counts[step][s] = rs.getLong(2 + step * sources.length + s);
                }
            }
        }, args.toArray());
        return counts;
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

    /** Counts by rows x columns; values in the order given by {@link #values}. */
    public Counts count(@Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis) {
        return count(rows, columns, query, basis, null);
    }

    /** Counts restricted to the records meeting one of the fixed {@link Condition}s. */
    public Counts count(@Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis,
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
        if (rows != null && rows.isSet()) {
            Counts flipped = count(columns, rows, query, basis, condition);
            return new Counts(flipped.columnValues(), flipped.rowValues(), transpose(flipped.counts()));
        }
        List<String> rowValues = rows == null ? List.of("ALL") : values(rows, query.period());
        List<String> colValues = values(columns, query.period());
        long[][] counts = new long[rowValues.size()][colValues.size()];
        Map<String, Integer> rowIndex = index(rowValues);
        Map<String, Integer> colIndex = index(colValues);
        String rowExpr = rows == null ? "'ALL'" : rows.expression();
        List<Object> args = new ArrayList<>();
        String where = where(query, basis, args) + (condition == null ? "" : " AND " + condition.sql);
        if (columns.isSet()) {
            StringBuilder sql = new StringBuilder("SELECT ").append(rowExpr);
            for (String value : colValues) {
                sql.append(", SUM(").append(setTest(columns, value)).append(')');
            }
            sql.append(from(columns)).append(where).append(" GROUP BY 1");
            jdbc.query(sql.toString(), rs -> {
                Integer r = rowIndex.get(rs.getString(1));
                if (r != null) {
                    for (int c = 0; c < colValues.size(); c++) {
                        counts[r][c] += rs.getLong(c + 2);
                    }
                }
            }, args.toArray());
        } else {
            String sql = "SELECT " + rowExpr + ", " + columns.expression() + ", COUNT(*)" + from(columns) + where
                    + " GROUP BY 1, 2";
            jdbc.query(sql, rs -> {
                Integer r = rowIndex.get(rs.getString(1));
                Integer c = colIndex.get(rs.getString(2));
                if (r != null && c != null) {
                    counts[r][c] += rs.getLong(3);
                }
            }, args.toArray());
        }
        return new Counts(rowValues, colValues, counts);
    }

    /** How many records fall on each number of days (e.g. from referral to a decision) in the period. */
    public TreeMap<Integer, Long> daysHistogram(String daysColumn, StatisticsQuery query, Basis basis) {
        if (!daysColumn.equals("rg_days") && !daysColumn.equals("cd_days")) {
            throw new IllegalArgumentException("unknown column");
        }
        List<Object> args = new ArrayList<>();
        String sql = "SELECT f." + daysColumn + ", COUNT(*) FROM stat_case_fact f" + where(query, basis, args)
                + " AND f." + daysColumn + " IS NOT NULL GROUP BY 1";
        var histogram = new TreeMap<Integer, Long>();
        jdbc.query(sql, rs -> {
            histogram.put(rs.getInt(1), rs.getLong(2));
        }, args.toArray());
        return histogram;
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
        return jdbc.queryForList("SELECT DISTINCT region FROM stat_case_fact WHERE region IS NOT NULL ORDER BY 1",
                String.class);
    }

    /** Years with any fact, for the period choosers. */
    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT YEAR(ref_month) FROM stat_case_fact WHERE ref_month IS NOT NULL"
                + " ORDER BY 1", Integer.class);
    }

    private static String from(Dimension columns) {
        return columns.source() == Dimension.Source.SERVICES
                ? " FROM stat_service_fact s JOIN stat_case_fact f ON f.case_key = s.case_key"
                : " FROM stat_case_fact f";
    }

    private static String where(StatisticsQuery query, Basis basis, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE ");
        if (basis != Basis.SERVICE_MONTH) {
            where.append("f.counted AND f.ref_month IS NOT NULL AND ");
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

    private static long[][] transpose(long[][] counts) {
        long[][] t = new long[counts[0].length][counts.length];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[0].length; j++) {
                t[j][i] = counts[i][j];
            }
        }
        return t;
    }
}
