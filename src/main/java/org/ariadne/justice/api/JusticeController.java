package org.ariadne.justice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.justice.JusticeDraft;
import org.ariadne.justice.JusticeRecord;
import org.ariadne.justice.JusticeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's criminal-justice record over HTTP: the same service, so the same rules, validation and audit. */
@RestController
@RequestMapping("/api/v1/cases/{code}/justice")
@Tag(name = "justice", description = "Co-operation with law enforcement, witness status, offences charged,"
        + " non-punishment and compensation of one case")
class JusticeController {

    private final JusticeService justice;

    JusticeController(JusticeService justice) {
        this.justice = justice;
    }

    @GetMapping
    @Operation(summary = "The case's criminal-justice record (version 0 while nothing is recorded)")
    JusticeRecord get(@PathVariable String code) {
        return justice.read(parse(code));
    }

    @PutMapping
    @Operation(summary = "Replace the record; the body's version must be the version read (409 otherwise)."
            + " Recorded as a step of the case's history")
    JusticeRecord update(@PathVariable String code, @RequestBody JusticeDraft draft) {
        return justice.update(parse(code), draft);
    }

    /** A malformed code is answered like an unknown one. */
    private static CaseCode parse(String code) {
        if (!CaseCode.isValid(code)) {
            throw new CaseNotAvailableException();
        }
        return new CaseCode(code);
    }
}
