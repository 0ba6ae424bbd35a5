package org.ariadne.indicators;

import java.util.Collection;
import java.util.List;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.indicators.internal.CatalogueStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator catalogues and the stateless screening aid. Reading catalogues and evaluating ticks
 * reveal nothing about any person, so every signed-in user may do both.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class IndicatorService {

    private final CatalogueStore store;
    private final AuditTrail audit;

    IndicatorService(CatalogueStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Stores an imported catalogue as a new draft version of its list; nothing uses it until activated. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String importCatalogue(CatalogueDraft draft) {
        String code = store.insert(draft);
        audit.record(AuditEvent.success("catalogue.import", "indicator-catalogue", code));
        return code;
    }

    /** Chooses the version new assessments of its list use. Past assessments keep theirs. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void activate(String code) {
        Catalogue catalogue = catalogue(code);
        store.activate(code, catalogue.listType());
        audit.record(AuditEvent.success("catalogue.activate", "indicator-catalogue", code));
    }

    public List<CatalogueSummary> catalogues() {
        return store.summaries();
    }

    public Catalogue catalogue(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("indicators.error.no-catalogue"));
    }

    /** The version new assessments of this kind use. */
    public Catalogue activeCatalogue(ListType type) {
        return store.active(type).orElseThrow(() -> new NotFoundException("indicators.error.no-catalogue"));
    }

    public AssessmentResult evaluate(String catalogueCode, AgeGroup ageGroup, Collection<String> ticked) {
        return Assessor.assess(catalogue(catalogueCode), ageGroup, ticked);
    }

    /** Called when an assessment is stored: a used catalogue version never changes again. */
    @Transactional
    public void markInUse(String catalogueCode) {
        store.markInUse(catalogueCode);
    }

    public List<IloIndicator> iloIndicators() {
        return store.iloIndicators();
    }
}
