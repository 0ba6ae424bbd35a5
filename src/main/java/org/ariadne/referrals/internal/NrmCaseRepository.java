package org.ariadne.referrals.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface NrmCaseRepository extends JpaRepository<NrmCaseEntity, String> {
}
