package org.ariadne.justice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.StatisticsKeys;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.RefusedException;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.CompensationStatus;
import org.ariadne.referrals.workflow.Cooperation;
import org.ariadne.referrals.workflow.JusticeFacts;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The criminal-justice record in the service layer: real database, security, step rules and audit. */
@IntegrationTest
@RecordApplicationEvents
class JusticeServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseService cases;
    @Autowired
    JusticeService justice;
    @Autowired
    StatisticsKeys keys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
    }

    static JusticeDraft declinedWitness(long version) {
        return new JusticeDraft(Cooperation.DECLINED, WitnessStatus.WITNESS,
                List.of(new Offence("Use of a forged passport at the border", true),
                        new Offence("Unrelated traffic offence", false)),
                NonPunishment.APPLIED,
                List.of(new CompensationClaim(CompensationSource.OFFENDER, true, true, false,
                        new BigDecimal("5000"), "EUR"), new CompensationClaim(CompensationSource.STATE_FUND, true,
                        false, false, null, null)), "", version);
    }

    @Test
    void theOwningCaseworkerRecordsTheTrackAsAStepAndStatisticsHearWithoutDetails() {
        CaseCode code = f.adult("ngo.caseworker", "Justice Person One");
        JusticeRecord empty = justice.read(code);
        assertThat(empty.version()).isZero();
        assertThat(empty.cooperation()).isEqualTo(Cooperation.NOT_RECORDED);
        assertThat(empty.editable()).isTrue();

        JusticeRecord saved = justice.update(code, declinedWitness(0));
        assertThat(saved.version()).isEqualTo(1);
        JusticeRecord read = justice.read(code);
        assertThat(read.cooperation()).isEqualTo(Cooperation.DECLINED);
        assertThat(read.witness()).isEqualTo(WitnessStatus.WITNESS);
        assertThat(read.offences()).extracting(Offence::description)
                .containsExactly("Use of a forged passport at the border", "Unrelated traffic offence");
        assertThat(read.claim(CompensationSource.OFFENDER).amount()).isEqualByComparingTo("5000.00");
        assertThat(read.claim(CompensationSource.OFFENDER).currency()).isEqualTo("EUR");
        assertThat(read.claim(CompensationSource.CIVIL_CLAIM).recordsNothing()).isTrue();
        assertThat(read.updatedBy()).isEqualTo("ngo.caseworker");

        var step = f.view(code).nrmCase().history().getLast();
        assertThat(step.transition()).isEqualTo(Transition.RECORD_CRIMINAL_JUSTICE);
        assertThat(step.reason()).isEqualTo(JusticeService.UPDATED);
        assertThat(step.details()).isEqualTo(new CommandDetails.JusticeUpdate(new JusticeFacts(Cooperation.DECLINED,
                true, true, CompensationStatus.AWARDED)));
        assertThat(f.view(code).nrmCase().justice().cooperation()).isEqualTo(Cooperation.DECLINED);

        assertThat(events.stream(JusticeRecorded.class).filter(e -> e.caseKey().equals(keys.caseKey(code))))
                .singleElement().satisfies(e -> {
                    assertThat(e.cooperation()).isEqualTo(Cooperation.DECLINED);
                    assertThat(e.witness()).isTrue();
                    assertThat(e.linkedOffences()).isEqualTo(1);
                    assertThat(e.nonPunishment()).isEqualTo(NonPunishment.APPLIED);
                    assertThat(e.claimed()).containsExactlyInAnyOrder(CompensationSource.OFFENDER,
                            CompensationSource.STATE_FUND);
                    assertThat(e.awarded()).containsExactly(CompensationSource.OFFENDER);
                    assertThat(e.paid()).isEmpty();
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM justice_offence WHERE case_code = ? AND"
                + " description_enc LIKE '%passport%'", Long.class, code.value())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'justice.update' AND"
                + " object_ref = ? AND outcome = 'SUCCESS'", Long.class, code.value())).isEqualTo(1);
    }

    @Test
    void aNoteGoesIntoTheHistoryInsteadOfTheStandardReason() {
        CaseCode code = f.adult("ngo.caseworker", "Justice Person Note");
        var draft = declinedWitness(0);
        justice.update(code, new JusticeDraft(draft.cooperation(), draft.witness(), draft.offences(),
                draft.nonPunishment(), draft.compensation(), "Prosecutor informed us by phone", 0));
        assertThat(f.view(code).nrmCase().history().getLast().reason()).isEqualTo("Prosecutor informed us by phone");
    }

    @Test
    void assistanceIsNeverGatedByCooperation() {
        CaseCode code = f.adult("ngo.caseworker", "Justice Person Two");
        f.consent(code, "ngo.caseworker");
        justice.update(code, declinedWitness(0));
        var assisted = f.step(code, "ngo.caseworker", Transition.START_ASSISTANCE, "Shelter and medical care");
        assertThat(assisted.nrmCase().facts().assistance())
                .isEqualTo(org.ariadne.referrals.workflow.AssistanceStatus.ACTIVE);
        assertThat(assisted.nrmCase().justice().cooperation()).isEqualTo(Cooperation.DECLINED);
    }

    @Test
    void theAuthorityCaseworkerMayChangeTheAuthorityDecisionMakerOnlyReads() {
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "Justice Person Three");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "CA-NRM");
        f.as("authority.decider");
        JusticeRecord seen = justice.read(code);
        assertThat(seen.editable()).isFalse();
        assertThatThrownBy(() -> justice.update(code, declinedWitness(0)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RefusedException.Kind.ROLE));
        assertThat(justice.read(code).version()).isZero();
        assertThat(deniedUpdates(code, "authority.decider")).isEqualTo(1);

        CaseCode police = f.adult("ngo.caseworker", "Justice Person Four");
        f.consent(police, "ngo.caseworker");
        f.refer(police, "ngo.caseworker", "POL-CENTRAL");
        f.as("police.officer");
        assertThat(justice.read(police).editable()).isTrue();
        assertThat(justice.update(police, declinedWitness(0)).version()).isEqualTo(1);
    }

    @Test
    void serviceProviderCoordinatorAndAnotherOrganisationCannotReadOrChangeAndAreAudited() {
        CaseCode code = f.adult("ngo.caseworker", "Justice Person Five");
        for (String username : List.of("shelter.provider", "coordinator", "ngo2.caseworker", "admin", "dpo")) {
            f.as(username);
            assertThatThrownBy(() -> justice.read(code)).as(username).isInstanceOf(CaseNotAvailableException.class);
            assertThatThrownBy(() -> justice.update(code, declinedWitness(0))).as(username)
                    .isInstanceOf(CaseNotAvailableException.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'justice.read' AND"
                    + " object_ref = ? AND outcome = 'DENIED' AND username = ?", Long.class, code.value(), username))
                    .as(username).isEqualTo(2);
        }
        f.as("ngo.caseworker");
        assertThat(justice.read(code).version()).isZero();
    }

    @Test
    void childProtectionReadsAChildsRecordButDoesNotChangeIt() {
        CaseCode code = f.child("ngo.caseworker", "Justice Child");
        f.as("child.protection");
        assertThat(justice.read(code).editable()).isFalse();
        assertThatThrownBy(() -> justice.update(code, declinedWitness(0))).isInstanceOf(RefusedException.class);
        assertThat(deniedUpdates(code, "child.protection")).isEqualTo(1);
    }

    @Test
    void breakGlassReadsTheRecordButNeverChangesIt() {
        CaseCode code = f.adult("ngo.caseworker", "Justice Break Glass");
        f.as("police.officer");
        cases.breakGlass(code, "Person reported missing from the shelter tonight");
        assertThat(justice.read(code).editable()).isFalse();
        assertThatThrownBy(() -> justice.update(code, declinedWitness(0))).isInstanceOf(RefusedException.class);
        assertThat(deniedUpdates(code, "police.officer")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingChanges() {
        CaseCode code = f.adult("ngo.caseworker", "Justice Person Six");
        int steps = f.view(code).nrmCase().history().size();
        assertRefused(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(new Offence(" ", true)),
                NonPunishment.REQUESTED, List.of(), "", 0), "offences[0].description", "common.error.required");
        assertRefused(code, new JusticeDraft(null, WitnessStatus.WITNESS, List.of(), NonPunishment.REQUESTED,
                List.of(), "", 0), "cooperation", "common.error.required");
        assertRefused(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(), NonPunishment.REQUESTED,
                List.of(new CompensationClaim(CompensationSource.STATE_FUND, true, false, true, null, null)), "", 0),
                "compensation.STATE_FUND.paid", "justice.error.paid-without-award");
        assertRefused(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(), NonPunishment.REQUESTED,
                List.of(new CompensationClaim(CompensationSource.OFFENDER, true, false, false,
                        new BigDecimal("100"), null)), "", 0), "compensation.OFFENDER.currency", "justice.error.currency");
        assertRefused(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(), NonPunishment.REQUESTED,
                List.of(new CompensationClaim(CompensationSource.OFFENDER, true, false, false,
                        new BigDecimal("-1"), "EUR")), "", 0), "compensation.OFFENDER.amount", "justice.error.amount");
        assertRefused(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(), NonPunishment.REQUESTED,
                List.of(new CompensationClaim(CompensationSource.OFFENDER, false, false, false,
                        new BigDecimal("10"), "EUR")), "", 0), "compensation.OFFENDER.amount",
                "justice.error.amount-without-claim");
        assertRefused(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(), NonPunishment.REQUESTED,
                List.of(CompensationClaim.none(CompensationSource.OFFENDER), CompensationClaim.none(
                        CompensationSource.OFFENDER)), "", 0), "compensation.OFFENDER", "justice.error.duplicate-source");
        assertThat(justice.read(code).version()).isZero();
        assertThat(f.view(code).nrmCase().history()).hasSize(steps);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM justice_record WHERE case_code = ?", Long.class,
                code.value())).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndTheFirstChangeStays() {
        CaseCode code = f.adult("ngo.caseworker", "Justice Person Seven");
        justice.update(code, declinedWitness(0));
        var second = new JusticeDraft(Cooperation.YES, WitnessStatus.NOT_A_WITNESS, List.of(),
                NonPunishment.NOT_APPLICABLE, List.of(), "", 0);
        assertThatThrownBy(() -> justice.update(code, second)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("justice.error.conflict"));
        JusticeRecord after = justice.read(code);
        assertThat(after.cooperation()).isEqualTo(Cooperation.DECLINED);
        assertThat(after.offences()).hasSize(2);
        assertThat(f.view(code).nrmCase().history()).filteredOn(s -> s.transition()
                == Transition.RECORD_CRIMINAL_JUSTICE).hasSize(1);
        JusticeRecord changed = justice.update(code, new JusticeDraft(Cooperation.YES, WitnessStatus.NOT_A_WITNESS,
                List.of(), NonPunishment.NOT_APPLICABLE, List.of(), "", after.version()));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.offences()).isEmpty();
        assertThat(changed.compensation()).allMatch(CompensationClaim::recordsNothing);
    }

    @Test
    void aDraftCaseHasNoRecordToChange() {
        f.as("ngo.caseworker");
        var person = new org.ariadne.cases.PersonData("Justice Draft", null, null, null, false, null, List.of(),
                List.of(), null, false, null, null);
        CaseCode code = cases.create(new org.ariadne.cases.CaseDraft(person, new org.ariadne.cases.EncounterData(
                null, null, null, null), new org.ariadne.cases.ExploitationData(Set.of(), Set.of(), false, null, null,
                List.of(), List.of(), List.of(), null), false, 0)).details().code();
        assertThat(justice.read(code).editable()).isFalse();
        assertThatThrownBy(() -> justice.update(code, declinedWitness(0)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("justice.refused.draft"));
    }

    private void assertRefused(CaseCode code, JusticeDraft draft, String field, String key) {
        assertThatThrownBy(() -> justice.update(code, draft)).as(field)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private long deniedUpdates(CaseCode code, String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'justice.update' AND object_ref = ?"
                + " AND outcome = 'DENIED' AND username = ?", Long.class, code.value(), username);
    }
}
