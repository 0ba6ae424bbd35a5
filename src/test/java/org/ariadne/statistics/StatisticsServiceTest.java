package org.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.statistics.internal.SyntheticFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The answer set: every CASE indicator, review and notes by the co-ordinator only, optimistic locking, audit. */
@IntegrationTest
class StatisticsServiceTest {

    private static final int YEAR = 2013;

    @Autowired
    StatisticsService statistics;
    @Autowired
    SyntheticFacts synthetic;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void facts() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact WHERE YEAR(ref_month) = ?", Long.class, YEAR) == 0) {
            synthetic.generate(1500, YEAR, YEAR, 13);
        }
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyCaseIndicatorOfTheSurveyIsComputedWithItsMethod() {
        SignedIn.as(users, "coordinator");
        IndicatorSet set = statistics.indicators(Period.year(YEAR));
        assertThat(set.indicators()).extracting(Indicator::code).containsExactly("ID_BY_ACTOR", "DESIGNATED_BY",
                "REFERRED_BY", "FORMS", "NEWBORN", "DISABILITY", "CHILDREN", "SEX", "SUPPORT_UNCONDITIONAL",
                "SERVICE_ACCESS", "SERVICE_SATISFACTION", "VICTIM_FEEDBACK", "NON_PUNISHMENT", "COMPENSATION", "BARRIERS",
                "TIME_TO_DECISION");
        assertThat(set.indicators()).allSatisfy(i -> assertThat(i.lines()).isNotEmpty());
        IndicatorLine children = set.indicator("CHILDREN").lines().getFirst();
        assertThat(children.value()).isBetween(20.0, 40.0);
        assertThat(children.denominator().value()).isEqualTo(set.indicator("ID_BY_ACTOR").lines().getFirst()
                .denominator().value());
        assertThat(set.indicator("DESIGNATED_BY").jurisdiction()).isNotEmpty();
        IndicatorLine median = set.indicator("TIME_TO_DECISION").lines().getFirst();
        assertThat(median.value()).isPositive();
        assertThat(set.note().k()).isEqualTo(10);
    }

    @Test
    void onlyTheCoordinatorAnnotatesAndReviewsAndAStaleVersionIsRefused() {
        Period period = Period.quarter(YEAR, 2);
        SignedIn.as(users, "coordinator");
        int version = statistics.indicators(period).version();
        statistics.annotate(period, "FORMS", "Forced criminality rose after the 2013 reform.", version);
        IndicatorSet set = statistics.indicators(period);
        assertThat(set.indicator("FORMS").annotation()).isEqualTo("Forced criminality rose after the 2013 reform.");
        assertThatThrownBy(() -> statistics.annotate(period, "FORMS", "stale", version))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject("SELECT note_enc FROM stat_annotation WHERE code = 'FORMS'", String.class))
                .doesNotContain("reform");
        statistics.setReviewed(period, true, set.version());
        IndicatorSet reviewed = statistics.indicators(period);
        assertThat(reviewed.status()).isEqualTo(IndicatorSet.ReviewStatus.REVIEWED);
        assertThat(reviewed.reviewedBy()).isEqualTo("coordinator");
        assertThatThrownBy(() -> statistics.annotate(period, "FORMS", "after review", reviewed.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action IN ('statistics.annotate',"
                + " 'statistics.review') AND object_ref LIKE ?", Long.class, period.label() + "%")).isEqualTo(2);

        for (String other : List.of("admin", "dpo")) {
            SignedIn.as(users, other);
            assertThat(statistics.indicators(period).status()).isEqualTo(IndicatorSet.ReviewStatus.REVIEWED);
            assertThatThrownBy(() -> statistics.setReviewed(period, false, reviewed.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> statistics.annotate(period, "SEX", "x", reviewed.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void rolesWithoutStatisticsAreRefused() {
        for (String user : List.of("ngo.caseworker", "police.officer", "authority.decider", "shelter.provider",
                "child.protection")) {
            SignedIn.as(users, user);
            assertThatThrownBy(() -> statistics.dashboard(StatisticsQuery.national(Period.year(YEAR)), null))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyAnAdministratorChangesTheSettings() {
        SignedIn.as(users, "coordinator");
        assertThatThrownBy(() -> statistics.changeSettings(5, 0, 11, 0)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "admin");
        assertThatThrownBy(() -> statistics.changeSettings(1, 0, 11, statistics.settings().version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(statistics.settings().k()).isEqualTo(10);
    }

    @Test
    void theHtcdsExportIsKAnonymousAndHoldsOnlyConsentingAdults() {
        SignedIn.as(users, "coordinator");
        HtcdsExport export = statistics.htcds(Period.year(YEAR));
        long consenting = jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact WHERE counted AND research_consent"
                + " AND YEAR(ref_month) = ?", Long.class, YEAR);
        assertThat(export.eligible()).isEqualTo(consenting);
        assertThat(export.exported() + export.suppressed()).isEqualTo(export.eligible());
        assertThat(export.classes()).allSatisfy(c -> assertThat(c.records()).isGreaterThanOrEqualTo(11));
        assertThat(export.classes()).allSatisfy(c -> assertThat(c.values().get(2)).isEqualTo("false"));
        assertThat(export.suppressed() <= 0.05 * export.eligible()
                || export.generalised().size() == HtcdsExporter.GENERALISATION_ORDER.size())
                .as("records are generalised before they are given up").isTrue();
        String csv = new String(statistics.htcdsCsv(Period.year(YEAR)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(export.exported() + 1);
    }

    @Test
    void aComparisonShowsBothPeriods() {
        SignedIn.as(users, "coordinator");
        Dashboard d = statistics.dashboard(StatisticsQuery.national(Period.year(YEAR)),
                StatisticsQuery.national(Period.year(YEAR - 1)));
        assertThat(d.cases().value()).isGreaterThan(1000L);
        assertThat(d.previous()).containsKey("actors");
        assertThat(d.table("forms-by-year").rowValues()).contains(Integer.toString(YEAR));
    }
}
