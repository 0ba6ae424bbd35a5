package org.ariadne.cases.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseFilter;
import org.ariadne.cases.CaseListItem;
import org.ariadne.cases.CaseSort;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.organisations.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The case list: always scoped to one organisation (the object-level rule as a query filter),
 * paged without a count so the first page is fast however many cases there are, and never
 * touching encrypted columns.
 */
@Component
public class CaseListQuery {

    private static final Map<CaseSort, String> SORT_FIELDS = Map.of(CaseSort.UPDATED, "updatedAt", CaseSort.CODE, "code",
            CaseSort.ENCOUNTER_DATE, "encounterDate");

    @PersistenceContext
    private EntityManager em;

    public List<CaseListItem> page(OrganisationId scope, String organisationName, CaseFilter filter, CaseSort sort,
                                   boolean ascending, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<CaseEntity> c = query.from(CaseEntity.class);
        query.multiselect(c.get("id"), c.get("code"), c.get("status"), c.get("encounterDate"), c.get("region"),
                c.get("child"), c.get("updatedAt"));
        query.where(predicates(cb, query, c, scope, filter).toArray(Predicate[]::new));
        var path = c.get(SORT_FIELDS.get(sort));
        query.orderBy(ascending ? cb.asc(path) : cb.desc(path), ascending ? cb.asc(c.get("id")) : cb.desc(c.get("id")));
        List<Object[]> rows = em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, EnumSet<ExploitationForm>> forms = formsOf(rows.stream().map(r -> (Long) r[0]).toList());
        List<CaseListItem> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            // A page names a handful of regions: one string each instead of one per row, for the rows
            // every open case list keeps (docs/benchmarks.md, retained heap per user).
            items.add(new CaseListItem(new CaseCode((String) r[1]), (CaseStatus) r[2], (LocalDate) r[3],
                    ((String) r[4]).intern(),
                    forms.getOrDefault((Long) r[0], EnumSet.noneOf(ExploitationForm.class)), (Boolean) r[5],
                    organisationName, (Instant) r[6]));
        }
        return items;
    }

    /** One query for the forms of the whole page, instead of one per row. */
    private Map<Long, EnumSet<ExploitationForm>> formsOf(List<Long> ids) {
        Map<Long, EnumSet<ExploitationForm>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<Object[]> pairs = em.createQuery("select c.id, f from CaseEntity c join c.forms f where c.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] pair : pairs) {
            result.computeIfAbsent((Long) pair[0], k -> EnumSet.noneOf(ExploitationForm.class))
                    .add((ExploitationForm) pair[1]);
        }
        return result;
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<CaseEntity> c,
                                              OrganisationId scope, CaseFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(c.get("organisationId"), scope.value()));
        if (filter.status() != null) {
            where.add(cb.equal(c.get("status"), filter.status()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(c.get("encounterDate"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThanOrEqualTo(c.get("encounterDate"), filter.to()));
        }
        if (filter.codePrefix() != null && !filter.codePrefix().isBlank()) {
            String prefix = filter.codePrefix().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z-]", "");
            where.add(cb.like(c.get("code"), prefix + "%"));
        }
        if (filter.form() != null) {
            Subquery<Long> withForm = query.subquery(Long.class);
            Root<CaseEntity> inner = withForm.from(CaseEntity.class);
            var form = inner.join("forms");
            withForm.select(inner.get("id")).where(cb.equal(inner.get("id"), c.get("id")), cb.equal(form, filter.form()));
            where.add(cb.exists(withForm));
        }
        return where;
    }
}
