package org.ariadne.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Cases against the real database, security and audit trail, acting as the demo accounts. */
@IntegrationTest
class CaseServiceTest {

    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private void actAs(String username) {
        SignedIn.as(users, username);
    }

    static CaseDraft adult(String name, LocalDate dob, boolean submit) {
        var person = new PersonData(name, "Ana", dob, null, false, Sex.FEMALE, List.of("MD"), List.of("ro"),
                Disability.NONE, false, "passport MD1234567", "+37360000000");
        var encounter = new EncounterData(LocalDate.of(2026, 10, 1), "Coast", "Port Town", Channel.OUTREACH);
        var exploitation = new ExploitationData(Set.of(ExploitationForm.FORCED_LABOUR), Set.of(), false, null,
                EconomicSector.A, List.of("MD"), List.of("RO"), List.of("IT"), "Worked 16 hours a day in greenhouses.");
        return new CaseDraft(person, encounter, exploitation, submit, 0);
    }

    private long auditCount(String action, String ref, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_ref = ? AND outcome = ?",
                Long.class, action, ref, outcome);
    }

    @Test
    void caseworkerRecordsAndReadsACaseWhoseIdentifiersAreEncryptedAtRest() {
        actAs("ngo.caseworker");
        SavedCase saved = cases.create(adult("Maria Popescu-Testcase", LocalDate.of(1990, 3, 4), true));
        CaseCode code = saved.details().code();
        assertThat(CaseCode.isValid(code.value())).isTrue();
        assertThat(saved.details().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(saved.details().child()).isFalse();

        CaseDetails read = cases.get(code);
        assertThat(read.person().name()).isEqualTo("Maria Popescu-Testcase");
        assertThat(read.person().dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 4));
        assertThat(read.exploitation().narrative()).contains("greenhouses");
        assertThat(auditCount("case.read", code.value(), "SUCCESS")).isEqualTo(1);

        List<String> rows = jdbc.queryForList("SELECT CONCAT_WS('|', name_enc, aliases_enc, birth_date_enc, "
                + "identity_documents_enc, contact_enc, narrative_enc) FROM case_record WHERE code = ?", String.class,
                code.value());
        assertThat(rows.getFirst()).doesNotContain("Popescu", "1990-03-04", "MD1234567", "+37360000000", "greenhouses")
                .contains("v1:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngo2.caseworker", "police.officer", "authority.decider", "shelter.provider",
            "child.protection", "coordinator", "admin", "dpo"})
    void aGuessedCodeOfAnotherOrganisationIsRefusedAndAudited(String intruder) {
        actAs("ngo.caseworker");
        CaseCode code = cases.create(adult("Refusal Test", LocalDate.of(1985, 1, 1), true)).details().code();
        actAs(intruder);
        assertThatThrownBy(() -> cases.get(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> cases.update(code, adult("Changed", LocalDate.of(1985, 1, 1), true)))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThat(auditCount("case.read", code.value(), "DENIED")).isEqualTo(1);
        assertThat(auditCount("case.update", code.value(), "DENIED")).isEqualTo(1);
    }

    @Test
    void aCodeThatDoesNotExistLooksTheSameAsARefusal() {
        actAs("ngo.caseworker");
        CaseCode missing = CaseCode.of(2026, 9_999_999);
        assertThatThrownBy(() -> cases.get(missing)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(auditCount("case.read", missing.value(), "FAILED")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "admin", "dpo", "shelter.provider", "authority.decider"})
    void rolesWithoutCaseworkMayNotCreate(String username) {
        actAs(username);
        assertThatThrownBy(() -> cases.create(adult("Nobody", LocalDate.of(1980, 1, 1), false)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsSaved() {
        actAs("ngo2.caseworker");
        int before = cases.list(CaseFilter.none(), CaseSort.UPDATED, false, 0, 500).size();
        CaseDraft future = adult("Future", LocalDate.now().plusDays(1), false);
        assertThatThrownBy(() -> cases.create(future)).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("person.dateOfBirth");
        CaseDraft unknownCountry = new CaseDraft(PersonData.empty(), EncounterData.empty(),
                new ExploitationData(Set.of(), Set.of(), false, null, null, List.of("XX"), List.of(), List.of(), null),
                false, 0);
        assertThatThrownBy(() -> cases.create(unknownCountry)).extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("cases.error.unknown-code");
        CaseDraft incompleteSubmit = new CaseDraft(PersonData.empty(), EncounterData.empty(), ExploitationData.empty(),
                true, 0);
        assertThatThrownBy(() -> cases.create(incompleteSubmit)).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("encounter.date");
        CaseDraft longName = adult("x".repeat(CaseRules.NAME_MAX + 1), null, false);
        assertThatThrownBy(() -> cases.create(longName)).extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("common.error.too-long");
        assertThat(cases.list(CaseFilter.none(), CaseSort.UPDATED, false, 0, 500)).hasSize(before);
    }

    @Test
    void aDraftNeedsNothingAndAChildIsRecognisedByAgeOrDispute() {
        actAs("ngo.caseworker");
        SavedCase draft = cases.create(CaseDraft.empty());
        assertThat(draft.details().status()).isEqualTo(CaseStatus.DRAFT);
        CaseDraft teenager = adult("Young Person", LocalDate.of(2011, 5, 5), true);
        assertThat(cases.create(teenager).details().child()).isTrue();
        var disputed = new PersonData("Disputed Age", null, null, 25, true, Sex.MALE, List.of(), List.of(), null,
                false, null, null);
        CaseDraft disputedDraft = new CaseDraft(disputed, adult("x", null, true).encounter(), ExploitationData.empty(),
                true, 0);
        assertThat(cases.create(disputedDraft).details().child()).isTrue();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndNothingIsLost() {
        actAs("ngo.caseworker");
        CaseDetails original = cases.create(adult("Concurrent Edit", LocalDate.of(1991, 2, 2), true)).details();
        CaseDraft first = new CaseDraft(original.person(), new EncounterData(original.encounter().date(), "North",
                null, Channel.HOTLINE), original.exploitation(), true, original.version());
        CaseDraft second = new CaseDraft(original.person(), new EncounterData(original.encounter().date(), "South",
                null, Channel.OUTREACH), original.exploitation(), true, original.version());
        cases.update(original.code(), first);
        assertThatThrownBy(() -> cases.update(original.code(), second)).isInstanceOf(ConflictException.class);
        assertThat(cases.get(original.code()).encounter().region()).isEqualTo("North");
    }

    @Test
    void theSamePersonRecordedTwiceInOneOrganisationIsFlagged() {
        actAs("ngo.caseworker");
        CaseCode first = cases.create(adult("Élena  Duplicate-Check", LocalDate.of(1993, 7, 8), true)).details().code();
        SavedCase second = cases.create(adult("duplicate-check ELENA", LocalDate.of(1993, 7, 8), true));
        assertThat(second.possibleDuplicates()).contains(first);
        actAs("ngo2.caseworker");
        SavedCase elsewhere = cases.create(adult("Elena Duplicate-Check", LocalDate.of(1993, 7, 8), true));
        assertThat(elsewhere.possibleDuplicates()).isEmpty();
    }

    @Test
    void theListShowsOnlyTheOrganisationsOwnCasesAndFilters() {
        actAs("ngo2.caseworker");
        CaseCode mine = cases.create(adult("List Scope", LocalDate.of(1970, 1, 1), true)).details().code();
        List<CaseListItem> all = cases.list(CaseFilter.none(), CaseSort.UPDATED, false, 0, 500);
        assertThat(all).extracting(CaseListItem::organisationName).containsOnly("North Star Association");
        assertThat(all).extracting(CaseListItem::code).contains(mine);
        assertThat(cases.list(new CaseFilter(null, ExploitationForm.ORGAN_REMOVAL, null, null, null), CaseSort.UPDATED,
                false, 0, 50)).extracting(CaseListItem::code).doesNotContain(mine);
        assertThat(cases.list(new CaseFilter(CaseStatus.OPEN, ExploitationForm.FORCED_LABOUR, null, null,
                mine.value()), CaseSort.CODE, true, 0, 50)).extracting(CaseListItem::code).containsExactly(mine);
        actAs("ngo.caseworker");
        assertThat(cases.list(CaseFilter.none(), CaseSort.UPDATED, false, 0, 500)).extracting(CaseListItem::code)
                .doesNotContain(mine);
    }

    @Test
    void anAssessmentIsStoredWithItsCatalogueVersionWhichBecomesImmutable() {
        actAs("ngo.caseworker");
        CaseCode code = cases.create(adult("Assessed Person", LocalDate.of(1990, 1, 1), true)).details().code();
        AssessmentRecord stored = cases.assess(code, "ILOEC-AL-1",
                List.of("AL-D1-01", "AL-D1-02", "AL-D4-01", "AL-D4-02", "AL-D5-01", "AL-D5-02"));
        assertThat(stored.outcome()).isEqualTo(org.ariadne.indicators.Outcome.PRESUMED_VICTIM);
        assertThat(stored.catalogueCode()).isEqualTo("ILOEC-AL-1");
        assertThat(stored.assessedBy()).isEqualTo("ngo.caseworker");
        assertThat(cases.assessments(code)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT in_use FROM indicator_catalogue WHERE code = 'ILOEC-AL-1'",
                Boolean.class)).isTrue();
        actAs("ngo2.caseworker");
        assertThatThrownBy(() -> cases.assess(code, "ILOEC-AL-1", List.of("AL-D1-01")))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> cases.assessments(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(auditCount("case.assess", code.value(), "DENIED")).isEqualTo(1);
    }
}
