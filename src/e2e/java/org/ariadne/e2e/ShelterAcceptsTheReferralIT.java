package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.ariadne.e2e.support.Accessibility;
import org.ariadne.e2e.support.Api;
import org.ariadne.e2e.support.EndToEnd;
import org.ariadne.e2e.support.KeycloakLogin;
import org.ariadne.e2e.support.NationalPolicy;
import org.ariadne.e2e.support.Screenshots;
import org.ariadne.e2e.support.Stack;
import org.ariadne.e2e.support.Ui;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Journey 3: the caseworker refers the person of journeys 1 and 2 to Safe House Shelter for
 * accommodation on the case's Support tab; the shelter's service provider finds the referral in its
 * inbox (nothing about the person there), accepts it, and then sees what the service needs — the
 * person's identity, languages and contact and the needs note — and nothing else: not the
 * narrative, the exploitation, the indicators, the decisions or the criminal-justice record, and
 * the case's own address is refused to it.
 *
 * <p>Under the default policy ("law enforcement designates") only law enforcement refers people
 * to services; an NGO may only under "multi-agency". So the administrator adopts that preset on
 * the National policy screen for the caseworker's referral, and puts the default back at once
 * after it (and, should the journey fail before, when it ends). Accepting is the provider's own
 * answer and no policy function: it happens under the default again.
 */
@EndToEnd
@Order(12)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShelterAcceptsTheReferralIT {

    private static final String NEEDS = "A safe bed for at least four weeks, near a Romanian-speaking counsellor";

    private Stack stack;
    private Page provider;
    private Page caseworker;
    private String code;
    private long referralId;
    private boolean multiAgency;

    @BeforeAll
    void setUp(Stack stack, Page page) {
        this.stack = stack;
        this.provider = page;
        this.code = TheReferredCase.code();
    }

    @Test
    @Order(10)
    void theCaseworkerRefersThePersonToTheShelterForAccommodation() {
        multiAgency = true;
        NationalPolicy.adopt(stack, NationalPolicy.MULTI_AGENCY);
        caseworker = KeycloakLogin.signedInPage(stack, "ngo.caseworker");
        try {
            Ui.open(caseworker, stack, "/cases/" + code);
            caseworker.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Support").setExact(true)).click();
            Ui.settle(caseworker);
            caseworker.locator("#refer-to-service").click();
            assertThat(caseworker.locator("#refer-submit")).isVisible();
            Ui.choose(caseworker, "Service", "Accommodation");
            Ui.choose(caseworker, "Provider", TheReferredCase.SHELTER);
            caseworker.locator("#refer-needs textarea").fill(NEEDS);
            Screenshots.save(caseworker, stack, "support-refer-dialog");
            Accessibility.check(caseworker, stack, "support-refer-dialog");
            caseworker.locator("#refer-submit").click();
            Ui.settle(caseworker);
            assertThat(caseworker.locator("#refer-submit")).isHidden();
            Locator referrals = caseworker.locator(".service-referrals vaadin-grid");
            assertThat(referrals).containsText("Accommodation");
            assertThat(referrals).containsText(TheReferredCase.SHELTER);
            assertThat(referrals).containsText("Awaiting answer");
            Screenshots.save(caseworker, stack, "support-section");
            Accessibility.check(caseworker, stack, "support-tab");
        } finally {
            restoreDefaultPolicy();
        }
        JsonElement listed = Api.get(stack, "ngo.caseworker", "/api/v1/service-referrals?case=" + code);
        referralId = listed.getAsJsonObject().getAsJsonArray("referrals").get(0).getAsJsonObject().get("id").getAsLong();
    }

    @Test
    @Order(20)
    void theProviderFindsItInItsInboxWithNothingAboutThePerson() {
        KeycloakLogin.signIn(provider, stack, "shelter.provider");
        provider.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Service referrals").setExact(true))
                .click();
        assertThat(provider).hasURL(Pattern.compile(".*/services$"));
        Locator answer = provider.locator("#answer-" + referralId);
        assertThat(answer).isVisible();
        assertThat(provider.locator(".service-inbox vaadin-grid")).containsText("Harbour Outreach");
        assertThat(provider.locator("body")).not().containsText(TheReferredCase.PERSON);
        assertThat(provider.locator("body")).not().containsText(NEEDS);
        Screenshots.save(provider, stack, "provider-inbox");
        Accessibility.check(provider, stack, "provider-inbox");
    }

    @Test
    @Order(30)
    void acceptsTheReferral() {
        provider.locator("#answer-" + referralId).click();
        assertThat(provider.locator("#accept-referral")).isVisible();
        Accessibility.check(provider, stack, "provider-answer-dialog");
        provider.locator("#accept-referral").click();
        Ui.settle(provider);
        assertThat(provider).hasURL(Pattern.compile(".*/services/" + referralId + "$"));
        assertThat(provider.locator(".service-referral-view .case-header")).containsText("Accepted");
    }

    @Test
    @Order(40)
    void seesOnlyWhatTheServiceNeeds() {
        Locator details = provider.locator(".recipient-details");
        assertThat(details).containsText(TheReferredCase.PERSON);
        assertThat(details).containsText("Romanian");
        assertThat(details).containsText(TheReferredCase.CONTACT);
        assertThat(details).containsText(NEEDS);
        assertThat(details).containsText("Harbour Outreach");
        Locator body = provider.locator("body");
        for (String notForTheProvider : new String[] {TheReferredCase.NARRATIVE, "Forced labour", "Deceived about wages",
                "Presumed victim", "Reasonable-grounds", "Recovery", "Positive", "Criminal justice", "Indicators"}) {
            assertThat(body).not().containsText(notForTheProvider);
        }
        assertThat(provider.locator("vaadin-tab")).hasCount(0);
        assertThat(provider.locator("a[href*='cases/']")).hasCount(0);
        Screenshots.save(provider, stack, "provider-referral");
        Accessibility.check(provider, stack, "provider-referral");
    }

    @Test
    @Order(50)
    void theCaseItselfIsRefusedToTheProvider() {
        for (String path : new String[] {"/cases/" + code, "/cases/" + code + "/edit", "/cases"}) {
            Ui.open(provider, stack, path);
            assertThat(provider.locator(".error-view h2")).hasText(Pattern.compile("Not available to you|Nothing here"));
            assertThat(provider.locator("body")).not().containsText(TheReferredCase.PERSON);
            assertThat(provider.locator(".case-details")).hasCount(0);
        }
        for (String path : new String[] {"/api/v1/cases/" + code, "/api/v1/cases/" + code + "/nrm",
                "/api/v1/cases/" + code + "/justice"}) {
            Api.Answer answer = Api.tryGet(stack, "shelter.provider", path);
            assertThat(answer.status()).as(path).isIn(403, 404);
            assertThat(answer.body()).as(path).doesNotContain(TheReferredCase.PERSON);
        }
    }

    @AfterAll
    void closeAndRestore() {
        if (caseworker != null) {
            caseworker.context().close();
        }
        restoreDefaultPolicy();
    }

    private void restoreDefaultPolicy() {
        if (multiAgency) {
            multiAgency = false;
            NationalPolicy.adopt(stack, NationalPolicy.LAW_ENFORCEMENT_DESIGNATES);
        }
    }
}
