package org.ariadne.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.ariadne.statistics.Basis;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which months of which basis the facts written in a transaction moved into or out of, and the bump
 * of their versions (stat_month_version) in the same transaction, just before it commits: a
 * monthly summary is current exactly when it was computed at the version its month has now.
 *
 * <p>Every statement that writes fact rows first copies the months a row is in to its prev_*
 * columns (the database evaluates those assignments on the row as it is, locked, before the
 * statement changes it); the rows are then read back in the same transaction, which sees its own
 * changes, so that both the month a row left and the month it entered are bumped, whatever other
 * transactions did to the row before. Versions are bumped in one ordered statement at the end of the
 * transaction, so that concurrent writers hold a month's row only for the moment of their commit and
 * always take those rows in the same order.
 */
@Component
class FactChanges {

    /** A month of one basis. */
    record Month(Basis basis, LocalDate month) implements Comparable<Month> {
        @Override
        public int compareTo(Month o) {
            int c = basis.compareTo(o.basis);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    FactChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** After a statement wrote these case rows (setting their prev_* months first). */
    void cases(Collection<String> caseKeys) {
        TreeSet<Month> months = new TreeSet<>();
        forChunks(caseKeys, (marks, chunk) -> jdbc.query("SELECT prev_ref_month, ref_month, prev_rg_month, rg_month,"
                + " prev_cd_month, cd_month FROM stat_case_fact WHERE case_key IN (" + marks + ")", rs -> {
                    add(months, Basis.REFERENCE_MONTH, rs.getDate(1), rs.getDate(2));
                    add(months, Basis.REASONABLE_GROUNDS_MONTH, rs.getDate(3), rs.getDate(4));
                    add(months, Basis.CONCLUSIVE_MONTH, rs.getDate(5), rs.getDate(6));
                }, chunk));
        record(months);
    }

    /** After a statement wrote these service rows (setting prev_month first). */
    void referrals(Collection<String> referralKeys) {
        services("referral_key", referralKeys);
    }

    /** After a statement wrote every service row of these cases (setting prev_month first). */
    void servicesOf(Collection<String> caseKeys) {
        services("case_key", caseKeys);
    }

    private void services(String keyColumn, Collection<String> keys) {
        TreeSet<Month> months = new TreeSet<>();
        forChunks(keys, (marks, chunk) -> jdbc.query("SELECT prev_month, referred_month FROM stat_service_fact WHERE "
                + keyColumn + " IN (" + marks + ")", rs -> {
                    add(months, Basis.SERVICE_MONTH, rs.getDate(1), rs.getDate(2));
                }, chunk));
        record(months);
    }

    private void record(TreeSet<Month> months) {
        if (months.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump(months);
            return;
        }
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Pending p && p.owner == this).map(Pending.class::cast).findFirst()
                .orElse(null);
        if (pending == null) {
            pending = new Pending(this);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.bumped) {
            // Written after this transaction's bump (by another synchronization): bump again, still before commit.
            bump(months);
        } else {
            pending.months.addAll(months);
        }
    }

    private void bump(TreeSet<Month> months) {
        List<Object[]> rows = new ArrayList<>();
        for (Month m : months) {
            rows.add(new Object[] {m.basis().name(), Date.valueOf(m.month())});
        }
        jdbc.batchUpdate("INSERT INTO stat_month_version (basis, month, version) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE version = version + 1", rows);
    }

    private static void add(TreeSet<Month> months, Basis basis, @Nullable Date before,
                            @Nullable Date now) {
        if (before != null) {
            months.add(new Month(basis, before.toLocalDate()));
        }
        if (now != null) {
            months.add(new Month(basis, now.toLocalDate()));
        }
    }

    private interface ChunkQuery {
        void run(String marks, Object[] chunk);
    }

    private static void forChunks(Collection<String> keys, ChunkQuery query) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(keys));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            query.run(String.join(",", Collections.nCopies(chunk.size(), "?")), chunk.toArray());
        }
    }

    /** The months a transaction touched, bumped in one ordered statement just before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final FactChanges owner;
        private final TreeSet<Month> months = new TreeSet<>();
        private boolean bumped;

        Pending(FactChanges owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            bumped = true;
            if (!months.isEmpty()) {
                owner.bump(months);
            }
        }
    }
}
