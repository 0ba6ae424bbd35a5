package org.ariadne.common;

/**
 * Neutralises formula injection in CSV and spreadsheet exports: a cell that a spreadsheet would
 * read as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an
 * apostrophe, so it is shown as text.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
