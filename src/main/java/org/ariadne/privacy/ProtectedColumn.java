package org.ariadne.privacy;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A database column that holds values encrypted with {@link FieldCipher}, declared as a bean by the
 * feature that owns the table. Key rotation moves every declared column to the new key; retention
 * erases the columns that belong to a case.
 *
 * @param table      the table
 * @param key        the columns of its primary key, in order (the walk pages by them)
 * @param column     the encrypted column
 * @param purpose    the purpose the values were encrypted for (their associated data)
 * @param caseColumn the column holding the case code when the value belongs to a case and is erased
 *                   with it; null when the case's own erasure handles it or it belongs to no case
 * @param nullable   whether erasure may set the column to NULL (otherwise it stores an encrypted empty text)
 */
public record ProtectedColumn(String table, List<String> key, String column, String purpose,
                              @Nullable String caseColumn, boolean nullable) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ProtectedColumn {
        key = List.copyOf(key);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a protected column needs its table's key");
        }
        for (String name : concat(table, column, caseColumn, key)) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain column or table name: " + name);
            }
        }
    }

    /** A value of a case, erased with it. */
    public static ProtectedColumn ofCase(String table, List<String> key, String column, String purpose,
                                         boolean nullable) {
        return new ProtectedColumn(table, key, column, purpose, "case_code", nullable);
    }

    private static List<String> concat(String table, String column, @Nullable String caseColumn, List<String> key) {
        var names = new java.util.ArrayList<String>(key);
        names.add(table);
        names.add(column);
        if (caseColumn != null) {
            names.add(caseColumn);
        }
        return names;
    }
}
