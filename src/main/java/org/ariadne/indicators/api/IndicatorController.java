package org.ariadne.indicators.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.ariadne.common.InvalidInputException;
import org.ariadne.indicators.AgeGroup;
import org.ariadne.indicators.AssessmentResult;
import org.ariadne.indicators.Catalogue;
import org.ariadne.indicators.CatalogueSummary;
import org.ariadne.indicators.IloIndicator;
import org.ariadne.indicators.IndicatorService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "indicators", description = "Indicator catalogues and the stateless screening aid")
class IndicatorController {

    /** Either an age group or a date of birth (a person under 18 is assessed as a child). */
    record EvaluateRequest(@Nullable String catalogueId, @Nullable AgeGroup ageGroup, @Nullable LocalDate dateOfBirth,
                           @Nullable List<String> ticked) {
    }

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/indicator-catalogues")
    @Operation(summary = "Every catalogue version")
    List<CatalogueSummary> catalogues() {
        return indicators.catalogues();
    }

    @GetMapping("/indicator-catalogues/{id}")
    @Operation(summary = "One catalogue version with its indicators and rules")
    Catalogue catalogue(@PathVariable String id) {
        return indicators.catalogue(id);
    }

    @GetMapping("/ilo-forced-labour-indicators")
    @Operation(summary = "The ILO's 11 indicators of forced labour, each with the A-L items it evidences")
    List<IloIndicator> iloIndicators() {
        return indicators.iloIndicators();
    }

    @PostMapping("/assessments/evaluate")
    @Operation(summary = "Screening aid: dimensions present, outcome and explanation for ticked indicators;"
            + " unknown codes are a 400 naming them. Nothing is stored.")
    AssessmentResult evaluate(@RequestBody EvaluateRequest request) {
        if (request.catalogueId() == null || request.catalogueId().isBlank()) {
            throw new InvalidInputException("catalogueId", "common.error.required");
        }
        AgeGroup age = request.ageGroup();
        if (age == null && request.dateOfBirth() != null) {
            age = Period.between(request.dateOfBirth(), LocalDate.now()).getYears() < 18 ? AgeGroup.CHILD : AgeGroup.ADULT;
        }
        if (age == null) {
            throw new InvalidInputException("ageGroup", "indicators.error.age-needed");
        }
        return indicators.evaluate(request.catalogueId(), age, request.ticked() == null ? List.of() : request.ticked());
    }
}
