package org.ariadne.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ariadne.common.Message;
import org.ariadne.organisations.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both presets, for every actor type and every function, against a table written from the OSCE
 * survey's two models (not read back from the implementation).
 */
class PolicyPresetsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    // S screen, A refer to authority, V refer to services, R reasonable grounds, C conclusive,
    // H assist, G appoint guardian, N notify anonymously
    private static final Map<ActorType, String> LAW_ENFORCEMENT = Map.ofEntries(
            Map.entry(ActorType.POLICE, "SAVRCN"),
            Map.entry(ActorType.BORDER_GUARD, "SAVRCN"),
            Map.entry(ActorType.LABOUR_INSPECTORATE, "SAN"),
            Map.entry(ActorType.OSH_INSPECTORATE, "SN"),
            Map.entry(ActorType.PROSECUTOR, "SAVN"),
            Map.entry(ActorType.COMPETENT_AUTHORITY, "RC"),
            Map.entry(ActorType.NGO, "SAH"),
            Map.entry(ActorType.SOCIAL_SERVICES, "SAHN"),
            Map.entry(ActorType.CHILD_PROTECTION, "SAHGN"),
            Map.entry(ActorType.HEALTH, "SHN"),
            Map.entry(ActorType.HOTLINE, "S"),
            Map.entry(ActorType.SERVICE_PROVIDER, "H"),
            Map.entry(ActorType.COORDINATION_OFFICE, ""));

    private static final Map<ActorType, String> MULTI_AGENCY = Map.ofEntries(
            Map.entry(ActorType.POLICE, "SAVRCN"),
            Map.entry(ActorType.BORDER_GUARD, "SAVRCN"),
            Map.entry(ActorType.LABOUR_INSPECTORATE, "SAVRCN"),
            Map.entry(ActorType.OSH_INSPECTORATE, "SN"),
            Map.entry(ActorType.PROSECUTOR, "SAVN"),
            Map.entry(ActorType.COMPETENT_AUTHORITY, "VRC"),
            Map.entry(ActorType.NGO, "SAVH"),
            Map.entry(ActorType.SOCIAL_SERVICES, "SAVHN"),
            Map.entry(ActorType.CHILD_PROTECTION, "SAVHGN"),
            Map.entry(ActorType.HEALTH, "SHN"),
            Map.entry(ActorType.HOTLINE, "S"),
            Map.entry(ActorType.SERVICE_PROVIDER, "H"),
            Map.entry(ActorType.COORDINATION_OFFICE, ""));

    private static final Map<Character, NrmFunction> LETTERS = Map.of(
            'S', NrmFunction.SCREEN, 'A', NrmFunction.REFER_TO_AUTHORITY, 'V', NrmFunction.REFER_TO_SERVICES,
            'R', NrmFunction.DECIDE_REASONABLE_GROUNDS, 'C', NrmFunction.DECIDE_CONCLUSIVE, 'H', NrmFunction.ASSIST,
            'G', NrmFunction.APPOINT_GUARDIAN, 'N', NrmFunction.NOTIFY_ANONYMOUSLY);

    static Stream<Arguments> everyCell() {
        List<Arguments> cells = new ArrayList<>();
        for (PolicyPreset preset : PolicyPreset.values()) {
            Map<ActorType, String> table = preset == PolicyPreset.LAW_ENFORCEMENT_DESIGNATES ? LAW_ENFORCEMENT : MULTI_AGENCY;
            for (ActorType type : ActorType.values()) {
                for (NrmFunction function : NrmFunction.values()) {
                    boolean expected = table.get(type).chars().mapToObj(c -> LETTERS.get((char) c))
                            .anyMatch(function::equals);
                    cells.add(Arguments.of(preset, type, function, expected));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}: {1} x {2} -> {3}")
    @MethodSource("everyCell")
    void presetGrantsExactlyTheTable(PolicyPreset preset, ActorType type, NrmFunction function, boolean expected) {
        PolicyProfile profile = PolicyProfile.of(preset, FROM);
        PolicyDecision decision = profile.check(type, function);

        assertThat(profile.permits(type, function)).isEqualTo(expected);
        assertThat(decision.allowed()).isEqualTo(expected);
        assertThat(decision.actorType()).isEqualTo(type);
        assertThat(decision.function()).isEqualTo(function);
        assertThat(decision.policyVersion()).isEqualTo(1);
        assertThat(decision.rule()).isEqualTo(type.name() + ":" + function.name());
        if (decision instanceof PolicyDecision.Refused refused) {
            Message message = refused.message();
            assertThat(message.key()).isEqualTo("nrm.policy.refused." + function.name());
            assertThat(message.arguments()).containsExactly(Message.of("actor-type." + type.name()), 1);
        }
    }

    @Test
    void tablesCoverEveryActorType() {
        assertThat(LAW_ENFORCEMENT.keySet()).containsExactlyInAnyOrder(ActorType.values());
        assertThat(MULTI_AGENCY.keySet()).containsExactlyInAnyOrder(ActorType.values());
    }

    @Test
    void lawEnforcementPresetLetsOnlyPoliceBorderGuardAndCompetentAuthorityDecide() {
        PolicyProfile profile = PolicyProfile.lawEnforcementDesignates(FROM);
        Set<ActorType> deciders = EnumSet.of(ActorType.POLICE, ActorType.BORDER_GUARD, ActorType.COMPETENT_AUTHORITY);

        assertThat(profile.actorTypesFor(NrmFunction.DECIDE_REASONABLE_GROUNDS)).isEqualTo(deciders);
        assertThat(profile.actorTypesFor(NrmFunction.DECIDE_CONCLUSIVE)).isEqualTo(deciders);
        assertThat(profile.actorTypesFor(NrmFunction.REFER_TO_SERVICES)).isNotEmpty()
                .allMatch(ActorType::isLawEnforcement);
    }

    @Test
    void multiAgencyPresetLetsNgosAndLabourInspectorsIdentifyAndReferAndLabourInspectorsDecide() {
        PolicyProfile profile = PolicyProfile.multiAgency(FROM);

        for (ActorType type : List.of(ActorType.NGO, ActorType.LABOUR_INSPECTORATE)) {
            assertThat(profile.functionsOf(type)).contains(NrmFunction.SCREEN, NrmFunction.REFER_TO_AUTHORITY,
                    NrmFunction.REFER_TO_SERVICES);
        }
        assertThat(profile.permits(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_CONCLUSIVE)).isTrue();
        assertThat(profile.permits(ActorType.NGO, NrmFunction.DECIDE_REASONABLE_GROUNDS)).isFalse();
        assertThat(profile.actorTypesFor(NrmFunction.REFER_TO_SERVICES)).anyMatch(t -> !t.isLawEnforcement());
    }

    @Test
    void theNationalCoordinatorPerformsNoFunctionInEitherPreset() {
        for (PolicyPreset preset : PolicyPreset.values()) {
            assertThat(PolicyProfile.of(preset, FROM).functionsOf(ActorType.COORDINATION_OFFICE)).isEmpty();
        }
    }

    @Test
    void presetsDifferOnlyWhereTheSurveyModelsDiffer() {
        PolicyProfile a = PolicyProfile.lawEnforcementDesignates(FROM);
        PolicyProfile b = PolicyProfile.multiAgency(FROM);
        Set<NrmFunction> differing = Arrays.stream(ActorType.values())
                .flatMap(type -> Arrays.stream(NrmFunction.values())
                        .filter(f -> a.permits(type, f) != b.permits(type, f)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NrmFunction.class)));

        assertThat(differing).containsExactlyInAnyOrder(NrmFunction.REFER_TO_SERVICES,
                NrmFunction.DECIDE_REASONABLE_GROUNDS, NrmFunction.DECIDE_CONCLUSIVE);
    }
}
