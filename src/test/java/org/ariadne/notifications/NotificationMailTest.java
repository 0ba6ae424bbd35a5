package org.ariadne.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import org.ariadne.SignedIn;
import org.ariadne.TestClock;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationDraft;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP configured, a notice also reaches the organisation's notification address, through a
 * real SMTP conversation with an in-process server: the kind of event and a link, nothing else.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(TestClock.Configuration.class)
class NotificationMailTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    /**
     * This test's own application context installs its own (Vaadin) security context strategy
     * globally; the shared context of the other integration tests gets its own back afterwards.
     */
    static final SecurityContextHolderStrategy SHARED = SecurityContextHolder.getContextHolderStrategy();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("ariadne.base-url", () -> "https://ariadne.example.org/");
        registry.add("ariadne.mail.from", () -> "ariadne@example.org");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        SecurityContextHolder.setContextHolderStrategy(SHARED);
    }

    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationService organisations;

    @Test
    void theAuthoritysAddressGetsTheKindOfEventAndALinkButNoNameAndNoCase() throws Exception {
        var f = NrmFixture.of(context);
        f.preset(PolicyPreset.MULTI_AGENCY);
        SignedIn.as(users, "admin");
        Organisation police = organisations.findByCode("POL-CENTRAL").orElseThrow();
        organisations.update(police.id(), new OrganisationDraft(police.code(), police.name(), police.actorType(),
                police.region(), true, police.version(), "duty-desk@police.example.org"));

        CaseCode code = f.adult("ngo.caseworker", "Mailed Person Name");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "POL-CENTRAL");

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .containsExactly("duty-desk@police.example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ariadne@example.org");
        assertThat(mail.getSubject()).isEqualTo("Ariadne: A case was referred to your organisation for a decision");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://ariadne.example.org/notifications")
                .doesNotContain(code.value()).doesNotContain("Mailed").doesNotContain("Person Name");

        // the decision goes back to the NGO, which has no notification address: no mail
        f.step(code, "police.officer", org.ariadne.referrals.workflow.Transition.REASONABLE_GROUNDS_POSITIVE,
                "Credible account");
        assertThat(SMTP.waitForIncomingEmail(1_500, 2)).isFalse();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
