package org.ariadne.indicators;

import java.util.Collection;
import java.util.List;
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

    IndicatorService(CatalogueStore store) {
        this.store = store;
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
