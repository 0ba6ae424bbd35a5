package org.ariadne.cases.internal;

import java.util.List;
import org.ariadne.cases.EncryptionStatus;
import org.ariadne.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the stored identifiers' format straight from the table, as a database dump would show them. */
@Component
public class EncryptionCheck {

    private static final List<String> COLUMNS = List.of("name_enc", "aliases_enc", "birth_date_enc",
            "identity_documents_enc", "contact_enc", "narrative_enc");
    private static final int SAMPLE = 2_000;

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    EncryptionCheck(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public EncryptionStatus status() {
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Long.class);
        String notEncrypted = String.join(" OR ", COLUMNS.stream()
                .map(c -> "(" + c + " IS NOT NULL AND " + c + " NOT LIKE 'v1:%')").toList());
        long plain = jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE " + notEncrypted, Long.class);
        List<String> sample = jdbc.queryForList("SELECT name_enc FROM case_record WHERE name_enc IS NOT NULL"
                + " ORDER BY id DESC LIMIT " + SAMPLE, String.class);
        int current = (int) sample.stream().filter(cipher::isUnderPrimaryKey).count();
        return new EncryptionStatus(cases, plain, sample.size(), current);
    }
}
