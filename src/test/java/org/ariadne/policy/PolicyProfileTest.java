package org.ariadne.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyProfileTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void defaultsFollowTheSources() {
        ClockSettings clocks = PolicyProfile.multiAgency(JAN_1).clocks();

        assertThat(clocks.recoveryPeriodDays()).isEqualTo(30);
        assertThat(clocks.reasonableGroundsWorkingDays()).isEqualTo(5);
        assertThat(clocks.reconsiderationWindowDays()).isEqualTo(30);
        assertThat(clocks.ageOfMajority()).isEqualTo(18);
        assertThat(clocks.conclusiveBeforeRecoveryEnds()).isFalse();
        assertThat(clocks.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(clocks.meetsConventionMinimum()).isTrue();
        assertThat(clocks.withRecoveryPeriodDays(29).meetsConventionMinimum()).isFalse();
    }

    @Test
    void profileIsImmutableEvenIfTheInputChangesLater() {
        Map<ActorType, Set<NrmFunction>> matrix = new EnumMap<>(ActorType.class);
        Set<NrmFunction> police = EnumSet.of(NrmFunction.SCREEN);
        matrix.put(ActorType.POLICE, police);
        TreeSet<LocalDate> holidays = new TreeSet<>(Set.of(LocalDate.of(2026, 12, 25)));
        PolicyProfile profile = new PolicyProfile(1, JAN_1, matrix, ClockSettings.DEFAULTS, holidays);

        police.add(NrmFunction.DECIDE_CONCLUSIVE);
        holidays.add(LocalDate.of(2026, 12, 26));

        assertThat(profile.permits(ActorType.POLICE, NrmFunction.DECIDE_CONCLUSIVE)).isFalse();
        assertThat(profile.publicHolidays()).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(profile.functionsOf(ActorType.NGO)).isEmpty();
        assertThatThrownBy(() -> profile.matrix().get(ActorType.POLICE).add(NrmFunction.ASSIST))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> profile.publicHolidays().add(JAN_1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void editsReturnNewProfilesAndLeaveTheOriginal() {
        PolicyProfile original = PolicyProfile.lawEnforcementDesignates(JAN_1);

        PolicyProfile granted = original.grant(ActorType.NGO, NrmFunction.REFER_TO_SERVICES);
        PolicyProfile revoked = granted.revoke(ActorType.POLICE, NrmFunction.DECIDE_CONCLUSIVE);

        assertThat(original.permits(ActorType.NGO, NrmFunction.REFER_TO_SERVICES)).isFalse();
        assertThat(granted.permits(ActorType.NGO, NrmFunction.REFER_TO_SERVICES)).isTrue();
        assertThat(revoked.permits(ActorType.POLICE, NrmFunction.DECIDE_CONCLUSIVE)).isFalse();
        assertThat(revoked.permits(ActorType.POLICE, NrmFunction.DECIDE_REASONABLE_GROUNDS)).isTrue();
        assertThat(revoked.version()).isEqualTo(1);
    }

    @Test
    void revisionIsTheNextVersionFromALaterDate() {
        PolicyProfile first = PolicyProfile.multiAgency(JAN_1).withPublicHolidays(Set.of(LocalDate.of(2026, 5, 1)));
        PolicyProfile second = first.revise(LocalDate.of(2026, 7, 1))
                .withClocks(first.clocks().withRecoveryPeriodDays(45));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(second.clocks().recoveryPeriodDays()).isEqualTo(45);
        assertThat(second.publicHolidays()).containsExactly(LocalDate.of(2026, 5, 1));
        assertThat(first.clocks().recoveryPeriodDays()).isEqualTo(30);
        assertThatThrownBy(() -> first.revise(JAN_1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("nrm.policy.invalid.effective-date");
    }

    @Test
    void versionsAnswerWhichProfileIsInForceOnADay() {
        PolicyProfile v1 = PolicyProfile.lawEnforcementDesignates(JAN_1);
        PolicyProfile v2 = v1.revise(LocalDate.of(2026, 7, 1)).grant(ActorType.NGO, NrmFunction.REFER_TO_AUTHORITY);
        PolicyVersions versions = PolicyVersions.of(v1).add(v2);

        assertThat(versions.inForceOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(versions.inForceOn(JAN_1)).contains(v1);
        assertThat(versions.inForceOn(LocalDate.of(2026, 6, 30))).contains(v1);
        assertThat(versions.inForceOn(LocalDate.of(2026, 7, 1))).contains(v2);
        assertThat(versions.latest()).contains(v2);
    }

    @Test
    void versionsMustBeNumberedWithoutGapsAndDatedInOrder() {
        PolicyProfile v1 = PolicyProfile.multiAgency(JAN_1);
        PolicyProfile v3 = new PolicyProfile(3, LocalDate.of(2026, 3, 1), v1.matrix(), v1.clocks(), v1.publicHolidays());
        PolicyProfile v2SameDay = new PolicyProfile(2, JAN_1, v1.matrix(), v1.clocks(), v1.publicHolidays());

        assertThatThrownBy(() -> PolicyVersions.of(v1).add(v3)).isInstanceOf(InvalidInputException.class)
                .hasMessage("nrm.policy.invalid.version-sequence");
        assertThatThrownBy(() -> PolicyVersions.of(v1).add(v2SameDay)).isInstanceOf(InvalidInputException.class)
                .hasMessage("nrm.policy.invalid.effective-date");
        assertThatThrownBy(() -> new PolicyVersions(List.of(v3))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PolicyProfile(0, JAN_1, v1.matrix(), v1.clocks(), v1.publicHolidays()))
                .isInstanceOf(InvalidInputException.class).hasMessage("nrm.policy.invalid.version");
    }

    @ParameterizedTest
    @CsvSource({
            "recoveryPeriodDays, 0, 30, 30, 18, 2",
            "reasonableGroundsWorkingDays, 30, 0, 30, 18, 2",
            "reconsiderationWindowDays, 30, 5, 0, 18, 2",
            "ageOfMajority, 30, 5, 30, 15, 2",
            "ageOfMajority, 30, 5, 30, 22, 2",
            "atRiskDays, 30, 5, 30, 18, -1",
            "recoveryPeriodDays, 366, 5, 30, 18, 2"})
    void clockSettingsOutOfRangeAreRefusedWithTheField(String field, int recovery, int target, int window, int age,
                                                     int atRisk) {
        assertThatThrownBy(() -> new ClockSettings(recovery, target, window, age, false, atRisk,
                EnumSet.of(DayOfWeek.SUNDAY)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo("nrm.policy.invalid.range");
                });
    }

    @Test
    void aWeekWithoutWorkingDaysIsRefusedButAnyOtherWeekendIsAllowed() {
        assertThatThrownBy(() -> new ClockSettings(30, 5, 30, 18, false, 2, EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(InvalidInputException.class).hasMessage("nrm.policy.invalid.weekend");
        assertThat(new ClockSettings(30, 5, 30, 18, false, 2, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                .weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(new ClockSettings(30, 5, 30, 18, false, 2, Set.of()).weekend()).isEmpty();
    }
}
