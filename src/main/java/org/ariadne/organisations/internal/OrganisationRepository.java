package org.ariadne.organisations.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<OrganisationEntity, Long> {

    Optional<OrganisationEntity> findByCode(String code);

    boolean existsByCodeAndActiveTrue(String code);

    @Query("select o from OrganisationEntity o where lower(o.name) like lower(concat('%', :filter, '%'))"
            + " or lower(o.code) like lower(concat('%', :filter, '%'))")
    Page<OrganisationEntity> search(String filter, Pageable pageable);

    @Query("select count(o) from OrganisationEntity o where lower(o.name) like lower(concat('%', :filter, '%'))"
            + " or lower(o.code) like lower(concat('%', :filter, '%'))")
    long countSearch(String filter);

    List<OrganisationEntity> findByActiveTrueOrderByName();
}
