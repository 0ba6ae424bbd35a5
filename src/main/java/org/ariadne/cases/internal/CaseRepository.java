package org.ariadne.cases.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CaseEntity, Long> {

    Optional<CaseEntity> findByCode(String code);

    @Query("select c.code from CaseEntity c where c.organisationId = :organisationId and c.identityHash = :hash"
            + " and c.code <> :exceptCode")
    List<String> findSameIdentity(long organisationId, String hash, String exceptCode);
}
