package org.ariadne.support.internal;

import java.util.Collection;
import java.util.List;
import org.ariadne.support.ServiceReferralStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceReferralRepository extends JpaRepository<ServiceReferralEntity, Long> {

    List<ServiceReferralEntity> findByCaseCodeOrderByReferredAtDescIdDesc(String caseCode);

    List<ServiceReferralEntity> findByCaseCodeAndStatusIn(String caseCode, Collection<ServiceReferralStatus> statuses);
}
