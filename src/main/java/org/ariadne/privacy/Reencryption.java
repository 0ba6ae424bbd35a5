package org.ariadne.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation, moves every value of every {@link ProtectedColumn} to the new primary key,
 * in batches, each in its own transaction. Values already under the primary key are left alone, so
 * the job can be stopped and run again. Row versions are not changed: the content is the same.
 */
@Component
public class Reencryption {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FieldCipher cipher;
    private final List<ProtectedColumn> columns;

    Reencryption(JdbcTemplate jdbc, TransactionTemplate tx, FieldCipher cipher, List<ProtectedColumn> columns) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
        this.columns = List.copyOf(columns);
    }

    /** The columns it walks, as declared by the features. */
    public List<ProtectedColumn> columns() {
        return columns;
    }

    /** Returns how many values were re-encrypted. */
    public long run() {
        long moved = 0;
        for (ProtectedColumn column : columns) {
            moved += run(column);
        }
        return moved;
    }

    private long run(ProtectedColumn c) {
        String keys = String.join(", ", c.key());
        String first = "SELECT " + keys + ", " + c.column() + " FROM " + c.table() + " ORDER BY " + keys + " LIMIT " + BATCH;
        String next = "SELECT " + keys + ", " + c.column() + " FROM " + c.table() + " WHERE (" + keys + ") > ("
                + String.join(", ", Collections.nCopies(c.key().size(), "?")) + ") ORDER BY " + keys + " LIMIT " + BATCH;
        String update = "UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE "
                + String.join(" AND ", c.key().stream().map(k -> k + " = ?").toList());
        long moved = 0;
        List<Map<String, Object>> rows = jdbc.queryForList(first);
        while (!rows.isEmpty()) {
            List<Map<String, Object>> batch = rows;
            moved += tx.execute(status -> rewrite(c, batch, update));
            Object[] last = c.key().stream().map(k -> batch.getLast().get(k)).toArray();
            rows = jdbc.queryForList(next, last);
        }
        return moved;
    }

    private long rewrite(ProtectedColumn c, List<Map<String, Object>> rows, String update) {
        List<String> stored = rows.stream().map(r -> (String) r.get(c.column())).toList();
        List<String> moved = cipher.reencrypt(stored, c.purpose());
        long changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (stored.get(i) != null && !stored.get(i).equals(moved.get(i))) {
                List<Object> args = new ArrayList<>();
                args.add(moved.get(i));
                Map<String, Object> row = rows.get(i);
                c.key().forEach(k -> args.add(row.get(k)));
                jdbc.update(update, args.toArray());
                changed++;
            }
        }
        return changed;
    }
}
