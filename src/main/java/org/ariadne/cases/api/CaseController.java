package org.ariadne.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseFilter;
import org.ariadne.cases.CaseListItem;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseSort;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.SavedCase;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cases over HTTP: the same service, so the same rules, validation and audit as the screens. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases", description = "Presumed victims' case records (own organisation's only)")
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a case (as a draft, or submitted with submit=true)")
    SavedCase create(@RequestBody CaseDraft draft) {
        return cases.create(draft);
    }

    @GetMapping
    @Operation(summary = "The caller's organisation's cases, paged; by default newest change first, or latest"
            + " encounter first when a period is given")
    List<CaseListItem> list(@RequestParam(required = false) @Nullable CaseStatus status,
                            @RequestParam(required = false) @Nullable ExploitationForm form,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                            @RequestParam(required = false) @Nullable String code,
                            @RequestParam(required = false) @Nullable CaseSort sort,
                            @RequestParam(defaultValue = "false") boolean ascending,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        int limit = Math.clamp(size, 1, 500);
        return cases.list(new CaseFilter(status, form, from, to, code), sort, ascending, Math.max(0, page) * limit, limit);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One case by its code")
    CaseDetails get(@PathVariable String code) {
        return cases.get(parse(code));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a case; the body's version must be the version read (409 otherwise)")
    SavedCase update(@PathVariable String code, @RequestBody CaseDraft draft) {
        return cases.update(parse(code), draft);
    }

    /** A malformed code is answered like an unknown one: nothing to learn from the difference. */
    private static CaseCode parse(String code) {
        if (!CaseCode.isValid(code)) {
            throw new CaseNotAvailableException();
        }
        return new CaseCode(code);
    }
}
