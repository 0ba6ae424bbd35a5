package org.ariadne.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.deadlines.DeadlineCalculator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ClocksAndHolidaysServiceTest {

    private static final ClockDraft DEFAULTS = ClockDraft.of(ClockSettings.DEFAULTS);

    @Autowired
    PolicyService policy;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    /** Tests share one database: put the default clocks and no holidays back in force for the next one. */
    @AfterEach
    void restoreDefaults() {
        SignedIn.as(users, "admin");
        if (!policy.inForce().clocks().equals(ClockSettings.DEFAULTS)) {
            policy.changeClocks(DEFAULTS, policy.today(), policy.latestVersion());
        }
        if (!policy.inForce().publicHolidays().isEmpty()) {
            policy.changePublicHolidays(Set.of(), policy.today(), policy.latestVersion());
        }
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorChangesTheClocksAsANewAuditedVersionThatKeepsTheMatrixAndHolidays() {
        PolicyProfile multi = policy.adoptPreset(PolicyPreset.MULTI_AGENCY, policy.today());
        PolicyProfile withHoliday = policy.changePublicHolidays(Set.of(LocalDate.of(2027, 1, 1)), policy.today(),
                multi.version());
        var draft = new ClockDraft(45, 7, 21, 18, true, 3, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));

        PolicyProfile saved = policy.changeClocks(draft, policy.today(), withHoliday.version());

        assertThat(saved.version()).isEqualTo(withHoliday.version() + 1);
        PolicyProfile inForce = policy.inForce();
        assertThat(inForce.version()).isEqualTo(saved.version());
        assertThat(inForce.clocks()).isEqualTo(new ClockSettings(45, 7, 21, 18, true, 3,
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)));
        assertThat(inForce.matrix()).isEqualTo(PolicyPreset.MULTI_AGENCY.matrix());
        assertThat(inForce.publicHolidays()).containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(jdbc.queryForObject("SELECT reason FROM audit_entry WHERE action = 'policy.version' AND object_ref = ?",
                String.class, Integer.toString(saved.version()))).isEqualTo("CLOCKS " + policy.today());
        assertThat(policy.history().getFirst().basedOn()).isEqualTo("CLOCKS");
        // The previous version is untouched.
        assertThat(policy.history().get(1).profile().clocks()).isEqualTo(withHoliday.clocks());
    }

    @Test
    @WithUserDetails("admin")
    void aRecoveryPeriodBelowTheConventionMinimumIsSavedNotRefused() {
        var draft = new ClockDraft(20, 5, 30, 18, false, 2, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

        PolicyProfile saved = policy.changeClocks(draft, policy.today(), policy.latestVersion());

        assertThat(saved.clocks().recoveryPeriodDays()).isEqualTo(20);
        assertThat(policy.inForce().clocks().meetsConventionMinimum()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void badValuesAreRefusedNamingTheFieldAndNothingIsSaved() {
        int before = policy.latestVersion();
        long audited = auditedVersions();
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        assertRefused(new ClockDraft(0, 5, 30, 18, false, 2, weekend), "recoveryPeriodDays");
        assertRefused(new ClockDraft(366, 5, 30, 18, false, 2, weekend), "recoveryPeriodDays");
        assertRefused(new ClockDraft(30, 121, 30, 18, false, 2, weekend), "reasonableGroundsWorkingDays");
        assertRefused(new ClockDraft(30, null, 30, 18, false, 2, weekend), "reasonableGroundsWorkingDays");
        assertRefused(new ClockDraft(30, 5, 0, 18, false, 2, weekend), "reconsiderationWindowDays");
        assertRefused(new ClockDraft(30, 5, 30, 25, false, 2, weekend), "ageOfMajority");
        assertRefused(new ClockDraft(30, 5, 30, 18, null, 2, weekend), "conclusiveBeforeRecoveryEnds");
        assertRefused(new ClockDraft(30, 5, 30, 18, false, -1, weekend), "atRiskDays");
        assertRefused(new ClockDraft(30, 5, 30, 18, false, 2, EnumSet.allOf(DayOfWeek.class)), "weekend");
        assertRefused(new ClockDraft(30, 5, 30, 18, false, 2, null), "weekend");
        assertThatThrownBy(() -> policy.changeClocks(null, policy.today(), before))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("clocks"));
        assertThatThrownBy(() -> policy.changePublicHolidays(Set.of(LocalDate.of(1990, 1, 1)), policy.today(), before))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("publicHolidays"));

        assertThat(policy.latestVersion()).isEqualTo(before);
        assertThat(auditedVersions()).isEqualTo(audited);
    }

    @Test
    @WithUserDetails("admin")
    void aPastEffectiveDateIsRefusedAndAStaleEditorGetsAConflict() {
        int before = policy.latestVersion();
        LocalDate yesterday = policy.today().minusDays(1);

        assertThatThrownBy(() -> policy.changeClocks(recovery(40), yesterday, before))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> policy.changePublicHolidays(Set.of(LocalDate.of(2027, 1, 1)), yesterday, before))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> policy.changeClocks(recovery(40), null, before))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThat(policy.latestVersion()).isEqualTo(before);

        // Someone else adopted a version after this editor was loaded: nothing of theirs is overwritten.
        policy.setPermission(ActorType.HOTLINE, NrmFunction.SCREEN, true, policy.today());
        assertThatThrownBy(() -> policy.changeClocks(recovery(40), policy.today(), before))
                .isInstanceOf(ConflictException.class);
        assertThat(policy.latestVersion()).isEqualTo(before + 1);
        assertThat(policy.inForce().clocks().recoveryPeriodDays()).isEqualTo(30);
    }

    @Test
    @WithUserDetails("admin")
    void aScheduledVersionIsShownAsSuchAndTakesEffectOnItsDateEvenAfterAnEarlierChange() {
        // Far ahead: tests share one database, and one that moves the clock on must not meet this version.
        LocalDate later = policy.today().plusYears(40);
        PolicyProfile scheduled = policy.changeClocks(recovery(60), later, policy.latestVersion());
        PolicyProfile now = policy.changePublicHolidays(Set.of(LocalDate.of(2027, 1, 1)), policy.today(),
                policy.latestVersion());

        assertThat(policy.inForce().version()).isEqualTo(now.version());
        assertThat(policy.inForce().clocks().recoveryPeriodDays()).isEqualTo(30);
        assertThat(policy.inForceOn(later).version()).isEqualTo(scheduled.version());
        assertThat(policy.inForceOn(later).clocks().recoveryPeriodDays()).isEqualTo(60);
        var history = policy.history();
        assertThat(history).filteredOn(v -> v.profile().version() == scheduled.version())
                .extracting(PolicyService.Version::status).containsExactly(PolicyService.Status.SCHEDULED);
        assertThat(history).filteredOn(v -> v.profile().version() == now.version())
                .extracting(PolicyService.Version::status).containsExactly(PolicyService.Status.IN_FORCE);
        assertThat(history).filteredOn(v -> v.status() == PolicyService.Status.IN_FORCE).hasSize(1);

        // A change for a later date builds on the version in force then, and replaces it on the same day.
        PolicyProfile onTop = policy.changePublicHolidays(Set.of(), later, policy.latestVersion());
        assertThat(onTop.clocks().recoveryPeriodDays()).isEqualTo(60);
        assertThat(policy.history()).filteredOn(v -> v.profile().version() == scheduled.version())
                .extracting(PolicyService.Version::status).containsExactly(PolicyService.Status.REPLACED);
    }

    @Test
    @WithUserDetails("admin")
    void publicHolidaysChangeWorkingDayDeadlines() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate start = LocalDate.of(2027, 4, 29); // a Thursday
        LocalDate before = DeadlineCalculator.of(policy.inForce(), zone).workingDays(start, 5).lastDay();

        policy.changePublicHolidays(Set.of(LocalDate.of(2027, 5, 3)), policy.today(), policy.latestVersion());

        assertThat(before).isEqualTo(LocalDate.of(2027, 5, 6));
        assertThat(DeadlineCalculator.of(policy.inForce(), zone).workingDays(start, 5).lastDay())
                .isEqualTo(LocalDate.of(2027, 5, 7));
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void aCaseworkerCannotChangeClocksOrHolidays() {
        assertNotAllowed();
    }

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorCannotChangeClocksOrHolidays() {
        assertNotAllowed();
    }

    private void assertNotAllowed() {
        int before = policy.latestVersion();
        assertThat(policy.inForce().clocks()).isNotNull();
        assertThatThrownBy(() -> policy.changeClocks(recovery(40), policy.today(), before))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policy.changePublicHolidays(Set.of(LocalDate.of(2027, 1, 1)), policy.today(), before))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(policy.latestVersion()).isEqualTo(before);
    }

    private void assertRefused(ClockDraft draft, String field) {
        assertThatThrownBy(() -> policy.changeClocks(draft, policy.today(), policy.latestVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static ClockDraft recovery(int days) {
        return new ClockDraft(days, 5, 30, 18, false, 2, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    private long auditedVersions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'policy.version'", Long.class);
    }
}
