package org.ariadne.audit.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {

    @Query(value = "SELECT last_hash FROM audit_chain_head WHERE id = 1", nativeQuery = true)
    String head();

    @Query("select e from AuditEntryEntity e where e.id > :after order by e.id")
    List<AuditEntryEntity> batchAfter(long after, Pageable pageable);
}
