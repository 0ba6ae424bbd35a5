package org.ariadne.support.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.support.CaseReferrals;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.DeclineRequest;
import org.ariadne.support.FeedbackRequest;
import org.ariadne.support.InboxItem;
import org.ariadne.support.ProviderReferral;
import org.ariadne.support.ProviderService;
import org.ariadne.support.ReferralRequest;
import org.ariadne.support.ServiceReferral;
import org.ariadne.support.ServiceReferralId;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.ariadne.support.SupportService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service referrals over HTTP: the case's side (refer, list, revoke, rate, feedback) and the
 * provider's side (inbox, one referral, accept, decline, delivery). Same services, same rules.
 */
@RestController
@RequestMapping("/api/v1/service-referrals")
@Tag(name = "service-referrals", description = "Referrals of a person to support services and their hand-over")
class ServiceReferralController {

    /** A new referral: the case, the service, the provider organisation and the person's needs. */
    record NewReferral(@Nullable String caseCode, @Nullable ServiceType serviceType, @Nullable Long providerId,
                       @Nullable String needs) {
    }

    /** A change to a referral: the version read. */
    record Change(long version) {
    }

    record Decline(long version, @Nullable DeclineReason reason, @Nullable String note) {
    }

    /** Delivery started or ended on this day (today when absent). */
    record Delivery(long version, @Nullable LocalDate date) {
    }

    record Rating(long version, @Nullable Integer rating) {
    }

    private final SupportService support;
    private final ProviderService providers;

    ServiceReferralController(SupportService support, ProviderService providers) {
        this.support = support;
        this.providers = providers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer the person to a provider for a service (a step on the referral mechanism: national"
            + " policy, consent and stage apply; an adult's consent must cover sharing with the provider)")
    ServiceReferral create(@RequestBody NewReferral body) {
        return support.refer(parse(body.caseCode()), new ReferralRequest(body.serviceType(),
                body.providerId() == null ? null : new OrganisationId(body.providerId()), body.needs()));
    }

    @GetMapping
    @Operation(summary = "The service referrals of a case, newest first (for the case's readers)")
    CaseReferrals forCase(@RequestParam("case") String caseCode) {
        return support.forCase(parse(caseCode));
    }

    @GetMapping("/providers")
    @Operation(summary = "Active organisations a person can be referred to")
    List<Organisation> providers() {
        return support.providers();
    }

    @GetMapping("/inbox")
    @Operation(summary = "Referrals sent to the caller's organisation, newest first, paged (service providers)")
    List<InboxItem> inbox(@RequestParam(required = false) @Nullable ServiceReferralStatus status,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int limit = Math.clamp(size, 1, 500);
        return providers.inbox(status, Math.max(0, page) * limit, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One referral as its provider sees it: the person and needs only while accepted or delivering")
    ProviderReferral referral(@PathVariable long id) {
        return providers.referral(new ServiceReferralId(id));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a pending referral; the provider then sees what the service needs")
    ProviderReferral accept(@PathVariable long id, @RequestBody Change body) {
        return providers.accept(new ServiceReferralId(id), body.version());
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline a pending referral with a reason and an optional note")
    ProviderReferral decline(@PathVariable long id, @RequestBody Decline body) {
        return providers.decline(new ServiceReferralId(id), new DeclineRequest(body.reason(), body.note(),
                body.version()));
    }

    @PostMapping("/{id}/delivery-start")
    @Operation(summary = "Record that delivery of an accepted referral started")
    ProviderReferral startDelivery(@PathVariable long id, @RequestBody Delivery body) {
        return providers.startDelivery(new ServiceReferralId(id), body.version(), body.date());
    }

    @PostMapping("/{id}/delivery-end")
    @Operation(summary = "Record that delivery ended; the provider's access ends with it")
    ProviderReferral endDelivery(@PathVariable long id, @RequestBody Delivery body) {
        return providers.endDelivery(new ServiceReferralId(id), body.version(), body.date());
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "The caseworker's rating of the service, 1 to 5, once delivery has started")
    ServiceReferral rate(@PathVariable long id, @RequestBody Rating body) {
        return support.rate(new ServiceReferralId(id), body.version(), body.rating());
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "The person's own anonymous feedback on the service, with their consent (once)")
    ServiceReferral feedback(@PathVariable long id, @RequestBody FeedbackRequest body) {
        return support.recordFeedback(new ServiceReferralId(id), body);
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a referral not yet completed; a provider's access ends at once")
    ServiceReferral revoke(@PathVariable long id, @RequestBody Change body) {
        return support.revoke(new ServiceReferralId(id), body.version());
    }

    /** A malformed code is answered like an unknown one: nothing to learn from the difference. */
    private static CaseCode parse(@Nullable String code) {
        if (code == null || !CaseCode.isValid(code)) {
            throw new CaseNotAvailableException();
        }
        return new CaseCode(code);
    }
}
