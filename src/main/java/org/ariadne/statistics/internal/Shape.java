package org.ariadne.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.ariadne.statistics.Basis;
import org.jspecify.annotations.Nullable;

/**
 * What one table counts, independent of period and region: the fact table, the month that places
 * a record in a period, a fixed restriction, and the cells — either COUNT(*) by a row and a column
 * expression, or one SUM of a test per column (sets, which a record can be in several cells of).
 * The same definition gives the direct query over a period and the monthly summary by region, so
 * both count with the same SQL. Expressions are fixed code, never built from input.
 */
final class Shape {

    /** A cell of the wide form: a fixed row (or the row expression's value when null), a column, a test. */
    record Sum(@Nullable String row, String column, String test) {
    }

    /** A counted cell read back from the database. */
    record Cell(String row, String column, long count) {
    }

    private final Basis basis;
    private final String rowExpression;
    private final @Nullable String columnExpression;
    private final List<Sum> sums;
    private final String restriction;
    private final String key;

    private Shape(Basis basis, String rowExpression, @Nullable String columnExpression, List<Sum> sums,
                  String restriction) {
        this.basis = basis;
        this.rowExpression = rowExpression;
        this.columnExpression = columnExpression;
        this.sums = List.copyOf(sums);
        this.restriction = restriction;
        this.key = sha256(summarySql("?"));
    }

    /** COUNT(*) by a row and a column expression. */
    static Shape pairs(Basis basis, String rowExpression, String columnExpression, String restriction) {
        return new Shape(basis, rowExpression, columnExpression, List.of(), restriction);
    }

    /** One SUM of a test per cell, grouped by the row expression. */
    static Shape sums(Basis basis, String rowExpression, List<Sum> sums, String restriction) {
        return new Shape(basis, rowExpression, null, sums, restriction);
    }

    Basis basis() {
        return basis;
    }

    /** A stable name for the definition: the hash of its summary SQL, so that any change of meaning is a new shape. */
    String key() {
        return key;
    }

    boolean services() {
        return basis == Basis.SERVICE_MONTH;
    }

    String regionColumn() {
        return services() ? "s.region" : "f.region";
    }

    /** The counts of the records whose month matches {@code months} (e.g. "BETWEEN ? AND ?"), optionally one region. */
    String directSql(String months, boolean region) {
        return "SELECT " + rowExpression + cellsSql() + from() + where(months) + (region ? " AND " + regionColumn()
                + " = ?" : "") + " GROUP BY 1" + (columnExpression == null ? "" : ", 2");
    }

    /** The counts by month and region of the records whose month matches {@code months}. */
    String summarySql(String months) {
        return summarySql(months, services() ? "stat_service_fact" : "stat_case_fact");
    }

    /** The same, from a table with the fact table's columns (a slice of it, see {@link #sliceSql}). */
    String summarySql(String months, String table) {
        return "SELECT " + basis.column() + ", " + regionColumn() + ", " + rowExpression + cellsSql() + " FROM "
                + table + (services() ? " s" : " f") + where(months) + " GROUP BY 1, 2, 3"
                + (columnExpression == null ? "" : ", 4");
    }

    /** The fact rows every shape of a basis counts in the months matching {@code months}. */
    static String sliceSql(Basis basis, String months) {
        return basis == Basis.SERVICE_MONTH ? "SELECT s.* FROM stat_service_fact s WHERE " + basis.column() + " " + months
                : "SELECT f.* FROM stat_case_fact f WHERE f.counted = TRUE AND f.ref_month IS NOT NULL AND "
                + basis.column() + " " + months;
    }

    /** The cells of one result row, whose first value is at {@code at}; zero sums are left out. */
    void cells(ResultSet rs, int at, List<Cell> into) throws SQLException {
        String row = rs.getString(at);
        if (columnExpression != null) {
            into.add(new Cell(row, rs.getString(at + 1), rs.getLong(at + 2)));
            return;
        }
        for (int i = 0; i < sums.size(); i++) {
            long n = rs.getLong(at + 1 + i);
            if (n != 0) {
                Sum sum = sums.get(i);
                into.add(new Cell(sum.row() == null ? row : sum.row(), sum.column(), n));
            }
        }
    }

    private String cellsSql() {
        if (columnExpression != null) {
            return ", " + columnExpression + ", COUNT(*)";
        }
        StringBuilder sql = new StringBuilder();
        for (Sum sum : sums) {
            sql.append(", SUM(").append(sum.test()).append(')');
        }
        return sql.toString();
    }

    private String from() {
        return services() ? " FROM stat_service_fact s" : " FROM stat_case_fact f";
    }

    private String where(String months) {
        // "counted = TRUE", not "counted": only an equality lets the (counted, month) indexes serve a range of months.
        String counted = services() ? "" : "f.counted = TRUE AND f.ref_month IS NOT NULL AND ";
        return " WHERE " + counted + basis.column() + " " + months + restriction;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return summarySql("IN (...)");
    }
}
