package org.ariadne.referrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.ariadne.IntegrationTest;
import org.ariadne.base.ui.RecordNotAvailableView;
import org.ariadne.cases.CaseCode;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.CaseTimeline;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.referrals.TimelineEntry;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The printable decision notice, in the interface language, for the case's readers only. */
@IntegrationTest
class DecisionNoticeViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseTimeline timeline;
    @Autowired
    JdbcTemplate jdbc;

    private CaseCode decided(NrmFixture f) {
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        CaseCode code = f.adult("police.officer", "Notice Person");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.step(code, "authority.decider", Transition.REASONABLE_GROUNDS_POSITIVE, "Account consistent with indicators");
        return code;
    }

    @Test
    void theNoticeOfAPositiveDecisionIsPrintedInTheInterfaceLanguage() {
        var f = NrmFixture.of(context);
        CaseCode code = decided(f);
        f.as("police.officer");
        TimelineEntry decision = timeline.of(code).stream().filter(e -> e.noticeStep() != null).findFirst().orElseThrow();
        UI.getCurrent().setLocale(Locale.FRENCH);
        DecisionNoticeView notice = navigate("cases/" + code.value() + "/notice/" + decision.noticeStep(),
                DecisionNoticeView.class);
        String text = notice.getElement().getTextRecursively();
        assertThat(text).contains("Avis de décision").contains("Décision positive sur les motifs raisonnables")
                .contains("Account consistent with indicators").contains("délai de rétablissement et de réflexion")
                .contains("National Identification Authority");
    }

    @Test
    void anotherOrganisationCannotOpenTheNoticeAndTheAttemptIsAudited() {
        var f = NrmFixture.of(context);
        CaseCode code = decided(f);
        f.as("ngo2.caseworker");
        navigate("cases/" + code.value() + "/notice/3", RecordNotAvailableView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'referral.read-notice' AND object_ref"
                + " = ? AND outcome = 'DENIED'", Long.class, code.value())).isEqualTo(1);
    }
}
