package org.ariadne.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.Notice;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices become notifications of the organisation they are addressed to, with read marks per user. */
@IntegrationTest
class NotificationServiceTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
        f.preset(PolicyPreset.MULTI_AGENCY);
    }

    @Test
    void aReferralTellsTheAuthorityAndADecisionTellsTheOwnerNeverAnotherOrganisation() {
        CaseCode code = f.adult("ngo.caseworker", "Notice Person One");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "POL-CENTRAL");

        f.as("police.officer");
        long unread = notifications.unreadCount();
        assertThat(about(code)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("referral-received");
            assertThat(n.read()).isFalse();
        });
        assertThat(unread).isPositive();
        f.as("ngo.caseworker");
        assertThat(about(code)).isEmpty();

        f.step(code, "police.officer", Transition.REASONABLE_GROUNDS_POSITIVE, "Credible account");
        f.as("ngo.caseworker");
        assertThat(about(code)).extracting(NotificationItem::kind).containsExactly("decision-made");
        for (String other : List.of("ngo2.caseworker", "labour.inspector", "shelter.provider", "authority.decider",
                "coordinator")) {
            f.as(other);
            assertThat(about(code)).as(other).isEmpty();
        }
    }

    @Test
    void eachUserHasTheirOwnReadMarksAndTheListIsNewestFirst() {
        long nco = f.org("NCO").value();
        publish(new Notice(nco, "referral-received", ""));
        publish(new Notice(nco, "decision-made", ""));
        f.as("coordinator");
        List<NotificationItem> page = notifications.list(0, 2);
        assertThat(page).extracting(NotificationItem::kind).containsExactly("decision-made", "referral-received");
        assertThat(page.get(0).id()).isGreaterThan(page.get(1).id());
        assertThat(page.get(0).caseCode()).isNull();
        long before = notifications.unreadCount();
        notifications.markRead(page.get(0).id());
        assertThat(notifications.unreadCount()).isEqualTo(before - 1);
        assertThat(notifications.list(0, 1).getFirst().read()).isTrue();

        SignedIn.as(users, "admin");
        assertThat(notifications.list(0, 1).getFirst().read()).isFalse();
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.list(0, 50)).allMatch(NotificationItem::read);
        f.as("coordinator");
        assertThat(notifications.unreadCount()).isEqualTo(before - 1);
    }

    @Test
    void markingAnotherOrganisationsNotificationByAGuessedIdIsRefusedAndAudited() {
        publish(new Notice(f.org("CA-NRM").value(), "referral-received", ""));
        f.as("authority.decider");
        long theirs = notifications.list(0, 1).getFirst().id();
        f.as("ngo2.caseworker");
        assertThatThrownBy(() -> notifications.markRead(theirs)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'notification.mark-read' AND"
                + " object_ref = ? AND outcome = 'DENIED' AND username = 'ngo2.caseworker'", Long.class,
                Long.toString(theirs))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_read WHERE notification_id = ?", Long.class,
                theirs)).isZero();
    }

    @Test
    void aNoticeInATransactionThatRollsBackLeavesNothing() {
        long shelter = f.org("SHELTER-SAFEHOUSE").value();
        f.as("shelter.provider");
        long before = notifications.count();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new Notice(shelter, "service-referral-received", ""));
            throw new IllegalStateException("the step failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(notifications.count()).isEqualTo(before);
        publish(new Notice(shelter, "service-referral-received", ""));
        assertThat(notifications.count()).isEqualTo(before + 1);
    }

    private void publish(Notice notice) {
        transactions.executeWithoutResult(status -> events.publishEvent(notice));
    }

    private List<NotificationItem> about(CaseCode code) {
        return notifications.list(0, 500).stream().filter(n -> code.value().equals(n.caseCode())).toList();
    }
}
