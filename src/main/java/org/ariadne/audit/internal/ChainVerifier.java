package org.ariadne.audit.internal;

import java.util.List;
import java.util.OptionalLong;
import org.ariadne.audit.AuditChain;
import org.ariadne.audit.ChainVerification;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the rows themselves: an edited row no longer matches its hash, a
 * deleted row breaks the link of the next one, and a deleted tail no longer reaches the head.
 */
@Component
public class ChainVerifier {

    private static final int BATCH = 5_000;

    private final AuditEntryRepository entries;

    ChainVerifier(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrevious = AuditChain.GENESIS;
        long checked = 0;
        long lastId = 0;
        List<AuditEntryEntity> batch;
        do {
            batch = entries.batchAfter(lastId, Pageable.ofSize(BATCH));
            for (AuditEntryEntity entry : batch) {
                long id = entry.getId() == null ? 0 : entry.getId();
                String recomputed = AuditChain.hash(entry.getPrevHash(), entry.hashedFields());
                if (!entry.getPrevHash().equals(expectedPrevious) || !recomputed.equals(entry.getHash())) {
                    return new ChainVerification(checked, OptionalLong.of(id));
                }
                expectedPrevious = entry.getHash();
                lastId = id;
                checked++;
            }
        } while (batch.size() == BATCH);
        if (!expectedPrevious.equals(entries.head())) {
            return new ChainVerification(checked, OptionalLong.of(lastId + 1));
        }
        return new ChainVerification(checked, OptionalLong.empty());
    }
}
