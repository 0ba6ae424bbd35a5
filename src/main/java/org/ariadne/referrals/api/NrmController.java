package org.ariadne.referrals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.ariadne.base.TranslationProvider;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.referrals.CaseTimeline;
import org.ariadne.referrals.ConsentService;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.QueueItem;
import org.ariadne.referrals.RefusalRequest;
import org.ariadne.organisations.OrganisationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The referral mechanism over HTTP: the same services, so the same roles, national policy, case
 * facts, optimistic locking and audit as the screens. Refusals are problem documents naming the
 * rule (403 for policy and role, 409 for the state of the case or a conflict).
 */
@RestController
@Tag(name = "referral mechanism", description = "NRM state, steps, consent, decision queue and timeline of a case")
class NrmController {

    private final NrmService nrm;
    private final ConsentService consent;
    private final CaseTimeline timeline;
    private final TranslationProvider translations;
    private final OrganisationService organisations;

    NrmController(NrmService nrm, ConsentService consent, CaseTimeline timeline, TranslationProvider translations,
                  OrganisationService organisations) {
        this.organisations = organisations;
        this.nrm = nrm;
        this.consent = consent;
        this.timeline = timeline;
        this.translations = translations;
    }

    @GetMapping("/api/v1/cases/{code}/nrm")
    @Operation(summary = "Where the case stands on the referral mechanism, its clock, and the steps the caller may take")
    NrmDto view(@PathVariable String code, Locale locale) {
        return nrm.view(parse(code)).map(v -> NrmDto.of(v, text(locale))).orElseThrow(CaseNotAvailableException::new);
    }

    @PostMapping("/api/v1/cases/{code}/nrm/start")
    @Operation(summary = "Put a submitted case recorded before the mechanism existed on it")
    NrmDto start(@PathVariable String code, Locale locale) {
        return NrmDto.of(nrm.start(parse(code)), text(locale));
    }

    @PostMapping("/api/v1/cases/{code}/nrm/steps")
    @Operation(summary = "Take one step (referral, decision, extension, outcome, closure...); send the version read")
    NrmDto step(@PathVariable String code, @RequestBody StepBody body, Locale locale) {
        return NrmDto.of(nrm.step(parse(code), body.toRequest(organisations)), text(locale));
    }

    @PostMapping("/api/v1/cases/{code}/consent")
    @Operation(summary = "Record informed consent (on an anonymous notification: consent and referral)")
    NrmDto give(@PathVariable String code, @RequestBody ConsentBody body, Locale locale) {
        return NrmDto.of(consent.give(parse(code), body.toRequest(organisations)), text(locale));
    }

    @PostMapping("/api/v1/cases/{code}/consent/refusal")
    @Operation(summary = "Record that an adult declined referral, optionally as an anonymous notification")
    NrmDto refuse(@PathVariable String code, @RequestBody RefusalRequest request, Locale locale) {
        return NrmDto.of(consent.refuse(parse(code), request), text(locale));
    }

    @PostMapping("/api/v1/cases/{code}/consent/withdrawal")
    @Operation(summary = "Record the withdrawal of consent: sharing stops at once")
    NrmDto withdraw(@PathVariable String code, @RequestBody WithdrawalRequest request, Locale locale) {
        return NrmDto.of(consent.withdraw(parse(code), request.reason(), request.expectedVersion()), text(locale));
    }

    @GetMapping("/api/v1/cases/{code}/timeline")
    @Operation(summary = "Every event of the case in order")
    List<TimelineDto> timeline(@PathVariable String code, Locale locale) {
        return timeline.of(parse(code)).stream().map(e -> TimelineDto.of(e, text(locale))).toList();
    }

    @GetMapping("/api/v1/decision-queue")
    @Operation(summary = "Cases referred to the caller's organisation for a decision, nearest deadline first")
    List<QueueItem> queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int limit = Math.clamp(size, 1, 500);
        return nrm.queue(Math.max(0, page) * limit, limit);
    }

    record WithdrawalRequest(String reason, long expectedVersion) {
    }

    private org.ariadne.common.Message.Translator text(Locale locale) {
        return (key, arguments) -> translations.getTranslation(key, locale, arguments);
    }

    /** A malformed code is answered like an unknown one. */
    private static CaseCode parse(String code) {
        if (!CaseCode.isValid(code)) {
            throw new CaseNotAvailableException();
        }
        return new CaseCode(code);
    }
}
