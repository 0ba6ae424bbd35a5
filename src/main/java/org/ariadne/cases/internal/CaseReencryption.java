package org.ariadne.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation, moves every encrypted case field to the new primary key, in batches, each
 * in its own transaction. Values already under the primary key are left alone, so the job can be
 * stopped and run again. The row version is not changed: the content is the same.
 */
@Component
public class CaseReencryption {

    private static final int BATCH = 500;
    private static final Map<String, String> COLUMNS = Map.of(
            "name_enc", "person.name", "aliases_enc", "person.aliases", "birth_date_enc", "person.dateOfBirth",
            "identity_documents_enc", "person.identityDocuments", "contact_enc", "person.contact",
            "narrative_enc", "exploitation.narrative");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FieldCipher cipher;

    CaseReencryption(JdbcTemplate jdbc, TransactionTemplate tx, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
    }

    /** Returns how many values were re-encrypted. */
    public long run() {
        List<String> columns = new ArrayList<>(COLUMNS.keySet());
        String select = "SELECT id, " + String.join(", ", columns) + " FROM case_record WHERE id > ? ORDER BY id LIMIT "
                + BATCH;
        long lastId = 0;
        long moved = 0;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(select, lastId);
            if (rows.isEmpty()) {
                return moved;
            }
            long changed = tx.execute(status -> rewrite(rows, columns));
            moved += changed;
            lastId = ((Number) rows.getLast().get("id")).longValue();
        }
    }

    private long rewrite(List<Map<String, Object>> rows, List<String> columns) {
        long changed = 0;
        for (String column : columns) {
            List<String> stored = rows.stream().map(r -> (String) r.get(column)).toList();
            List<String> moved = cipher.reencrypt(stored, COLUMNS.get(column));
            for (int i = 0; i < rows.size(); i++) {
                if (stored.get(i) != null && !stored.get(i).equals(moved.get(i))) {
                    jdbc.update("UPDATE case_record SET " + column + " = ? WHERE id = ?", moved.get(i),
                            rows.get(i).get("id"));
                    changed++;
                }
            }
        }
        return changed;
    }
}
