package org.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.DecisionFact;
import org.ariadne.referrals.NrmSnapshot;
import org.ariadne.referrals.NrmStepRecorded;
import org.ariadne.referrals.workflow.AssistanceStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ConsentStatus;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facts arrive only as events, in the publisher's transaction; the same person recorded by two
 * organisations is counted once; what is stored has no identity, code, free text or exact date.
 */
@IntegrationTest
@WithUserDetails("coordinator")
class FactProjectionTest {

    private static final String REGION = "Projection-Test";
    private static final Period YEAR = Period.year(2011);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatisticsService statistics;

    private void publish(Object... all) {
        FactEvents.publish(tx, events, all);
    }

    private static CaseProfileRecorded profile(String caseKey, String personKey, ActorType actor, int month) {
        return profile(caseKey, personKey, actor, month, REGION);
    }

    private static CaseProfileRecorded profile(String caseKey, String personKey, ActorType actor, int month,
                                               String region) {
        return new CaseProfileRecorded(caseKey, personKey, false, new StatisticalProfile(YearMonth.of(2011, month),
                actor, Channel.OUTREACH, Set.of(ExploitationForm.FORCED_LABOUR), Set.of(), false, null,
                AgeBand.AGE_25_34, false, false, Sex.MALE, "RO", Disability.NONE, false, region));
    }

    @Test
    void onePersonRecordedByTwoOrganisationsCountsOnce() {
        for (int i = 0; i < 12; i++) {
            publish(profile("proj-a-" + i, "proj-person-" + i, ActorType.POLICE, 3));
        }
        // The same twelve persons, recorded later by an NGO, and eleven new ones (one without identity).
        for (int i = 0; i < 12; i++) {
            publish(profile("proj-b-" + i, "proj-person-" + i, ActorType.NGO, 5));
        }
        for (int i = 0; i < 10; i++) {
            publish(profile("proj-c-" + i, "proj-person-new-" + i, ActorType.NGO, 6));
        }
        publish(profile("proj-d", null, ActorType.NGO, 6));
        Dashboard d = statistics.dashboard(new StatisticsQuery(YEAR, REGION), null);
        assertThat(d.cases().value()).isEqualTo(23L);
        assertThat(d.table("actors").column("POLICE").value()).as("the earliest record stands for the person")
                .isEqualTo(12L);
        assertThat(d.table("actors").column("NGO").value()).isEqualTo(11L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact WHERE region = ?", Long.class, REGION))
                .isEqualTo(35L);
    }

    @Test
    void anErasedIdentityNoLongerLinksTheRows() {
        publish(profile("erase-a", "erase-person", ActorType.POLICE, 2, "Erasure-Test"),
                profile("erase-b", "erase-person", ActorType.NGO, 4, "Erasure-Test"));
        assertThat(counted("erase-a")).isTrue();
        assertThat(counted("erase-b")).isFalse();
        publish(profile("erase-a", null, ActorType.POLICE, 2, "Erasure-Test"));
        assertThat(counted("erase-a")).isTrue();
        assertThat(counted("erase-b")).as("the other record now stands for its person").isTrue();
    }

    @Test
    void stepsBeforeTheProfileAndDecisionsInDaysFromReferral() {
        LocalDate referred = LocalDate.of(2011, 3, 10);
        var rg = new DecisionFact(true, referred.plusDays(6), ActorType.COMPETENT_AUTHORITY, false);
        var snapshot = new NrmSnapshot(CaseStage.RECOVERY_PERIOD, false, false, ConsentStatus.GIVEN,
                LocalDate.of(2011, 3, 2), null, referred, ActorType.POLICE, rg, null, rg.on(), rg.on().plusDays(30),
                AssistanceStatus.ACTIVE, null, null, Set.of(), true);
        publish(new NrmStepRecorded("order-a", Transition.REASONABLE_GROUNDS_POSITIVE, ActorType.COMPETENT_AUTHORITY,
                rg.on(), snapshot));
        publish(profile("order-a", "order-person", ActorType.POLICE, 3, "Order-Test"));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM stat_case_fact WHERE case_key = 'order-a'");
        assertThat(row.get("rg_days")).isEqualTo(6);
        assertThat(row.get("rg_by")).isEqualTo("COMPETENT_AUTHORITY");
        assertThat(row.get("identifying_actor")).isEqualTo("POLICE");
        assertThat(row.get("rg_month").toString()).isEqualTo("2011-03-01");
        assertThat(row.get("research_consent")).isEqualTo(true);
    }

    @Test
    void theFactTableHoldsNoIdentityNoCodeAndNoExactDate() {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE"
                + " table_schema = DATABASE() AND table_name IN ('stat_case_fact', 'stat_service_fact')", String.class);
        assertThat(columns).noneMatch(c -> c.matches("(?i).*(name|birth|address|code|narrative|note|text|phone).*"));
        assertThat(jdbc.queryForList("SELECT DISTINCT DAY(ref_month) FROM stat_case_fact WHERE ref_month IS NOT NULL",
                Integer.class)).containsOnly(1);
    }

    private boolean counted(String caseKey) {
        return jdbc.queryForObject("SELECT counted FROM stat_case_fact WHERE case_key = ?", Boolean.class, caseKey);
    }
}
