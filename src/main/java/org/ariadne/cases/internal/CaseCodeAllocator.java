package org.ariadne.cases.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ariadne.cases.CaseCode;
import org.springframework.stereotype.Component;

/**
 * Hands out case codes: one counter row per year, advanced atomically (MariaDB's
 * LAST_INSERT_ID(expr) returns the value this connection set), so concurrent registrations never
 * share a code. A block of n codes can be reserved at once for bulk loads.
 */
@Component
public class CaseCodeAllocator {

    @PersistenceContext
    private EntityManager em;

    /** Reserves n consecutive sequence numbers for the year and returns the first. */
    public long reserve(int year, int n) {
        em.createNativeQuery("INSERT INTO case_code_counter (year, next_value) VALUES (?1, LAST_INSERT_ID(1) + ?2)"
                        + " ON DUPLICATE KEY UPDATE next_value = LAST_INSERT_ID(next_value) + ?2")
                .setParameter(1, year).setParameter(2, n).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public CaseCode next(int year) {
        return CaseCode.of(year, reserve(year, 1));
    }
}
