package org.ariadne.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import org.ariadne.common.InvalidInputException;

/**
 * A reporting period of whole months: statistics never date anything more precisely than a month.
 *
 * @param from the first month
 * @param to   the last month, inclusive
 */
public record Period(YearMonth from, YearMonth to) {

    public Period {
        if (from == null || to == null) {
            throw new InvalidInputException("period", "statistics.error.period-missing");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("period", "statistics.error.period-order");
        }
        if (from.getYear() < 1990 || to.getYear() > 2200) {
            throw new InvalidInputException("period", "statistics.error.period-range");
        }
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException("quarter", "statistics.error.quarter");
        }
        return new Period(YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastMonthStart() {
        return to.atDay(1);
    }

    public boolean isYear() {
        return from.getMonthValue() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear();
    }

    /** A stable, non-identifying label such as 2025, 2025-Q2 or 2024-03..2025-02. */
    public String label() {
        if (isYear()) {
            return Integer.toString(from.getYear());
        }
        if (from.getYear() == to.getYear() && from.getMonthValue() % 3 == 1 && to.getMonthValue() == from.getMonthValue() + 2) {
            return from.getYear() + "-Q" + (to.getMonthValue() / 3);
        }
        return from + ".." + to;
    }
}
