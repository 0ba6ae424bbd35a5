package org.ariadne.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Retention, legal hold, subject access, erasure and break-glass against the real database. */
@IntegrationTest
class CasePrivacyServiceTest {

    @Autowired
    CasePrivacyService privacy;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private void actAs(String username) {
        SignedIn.as(users, username);
    }

    private CaseCode record(String as, String name, LocalDate dob) {
        actAs(as);
        var person = new PersonData(name, null, dob, null, false, Sex.FEMALE, List.of(), List.of(), null, false, null,
                null);
        return cases.create(new CaseDraft(person, new EncounterData(LocalDate.of(2018, 5, 5), "North", null,
                Channel.OUTREACH), new ExploitationData(Set.of(ExploitationForm.FORCED_BEGGING), Set.of(), false, null,
                null, List.of(), List.of(), List.of(), "narrative"), true, 0)).details().code();
    }

    private void closeLongAgo(CaseCode code) {
        jdbc.update("UPDATE case_record SET status = 'CLOSED', updated_at = '2015-01-01' WHERE code = ?", code.value());
    }

    private String nameEnc(CaseCode code) {
        return jdbc.queryForObject("SELECT name_enc FROM case_record WHERE code = ?", String.class, code.value());
    }

    @Test
    void retentionShowsItsDryRunThenErasesIdentityButSparesLegalHolds() {
        CaseCode old = record("ngo.caseworker", "Retention Old", LocalDate.of(1970, 1, 1));
        CaseCode held = record("ngo.caseworker", "Retention Held", LocalDate.of(1971, 1, 1));
        CaseCode recent = record("ngo.caseworker", "Retention Recent", LocalDate.of(1972, 1, 1));
        closeLongAgo(old);
        closeLongAgo(held);
        actAs("dpo");
        privacy.setLegalHold(held, true);

        RetentionReport dryRun = privacy.retentionDryRun();
        assertThat(dryRun.toAnonymise()).contains(old).doesNotContain(held, recent);
        assertThat(dryRun.heldBack()).isGreaterThanOrEqualTo(1);
        assertThat(nameEnc(old)).isNotNull();

        RetentionReport run = privacy.retentionRun();
        assertThat(run.applied()).isTrue();
        assertThat(nameEnc(old)).isNull();
        assertThat(nameEnc(held)).isNotNull();
        assertThat(nameEnc(recent)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_form f JOIN case_record c ON c.id = f.case_id"
                + " WHERE c.code = ?", Long.class, old.value())).as("statistics survive").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'retention.run'", Long.class))
                .isPositive();
    }

    @Test
    void subjectAccessFindsThePersonAcrossOrganisationsAndErasureRespectsHolds() {
        CaseCode a = record("ngo.caseworker", "Subject Accessova", LocalDate.of(1990, 10, 10));
        CaseCode b = record("police.officer", "ACCESSOVA, Subject", LocalDate.of(1990, 10, 10));
        actAs("dpo");
        assertThat(privacy.findPerson("Subject Accessova", LocalDate.of(1990, 10, 10))).containsExactlyInAnyOrder(a, b);
        String json = new String(privacy.subjectAccessJson("Subject Accessova", LocalDate.of(1990, 10, 10)),
                StandardCharsets.UTF_8);
        assertThat(json).contains(a.value(), b.value(), "Subject Accessova", "FORCED_BEGGING");
        String readable = privacy.subjectAccessText("Subject Accessova", LocalDate.of(1990, 10, 10));
        assertThat(readable).contains("== Case " + a.value(), "== Case " + b.value(), "Name: Subject Accessova",
                "Central Police");
        privacy.setLegalHold(b, true);
        assertThat(privacy.erase("Subject Accessova", LocalDate.of(1990, 10, 10))).containsExactly(a);
        assertThat(nameEnc(a)).isNull();
        assertThat(nameEnc(b)).isNotNull();
        assertThatThrownBy(() -> privacy.findPerson(" ", LocalDate.of(1990, 10, 10)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDpoSeesThatTheDatabaseHoldsNoReadableIdentifiers() {
        record("ngo.caseworker", "Storage Checkova", LocalDate.of(1981, 1, 1));
        actAs("dpo");
        EncryptionStatus status = privacy.encryptionStatus();
        assertThat(status.cases()).isPositive();
        assertThat(status.notEncrypted()).isZero();
        assertThat(status.sampled()).isPositive();
        assertThat(status.underCurrentKey()).isBetween(0, status.sampled());
    }

    @Test
    void onlyTheDpoHandlesRetentionAndSubjectAccess() {
        actAs("admin");
        assertThatThrownBy(() -> privacy.retentionDryRun()).isInstanceOf(AccessDeniedException.class);
        actAs("ngo.caseworker");
        assertThatThrownBy(() -> privacy.findPerson("X", LocalDate.of(1990, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void breakGlassOpensACaseForAnHourOnAStatedReasonAndIsVisibleToTheDpo() {
        CaseCode theirs = record("ngo.caseworker", "Glass Person", LocalDate.of(1985, 5, 5));
        actAs("police.officer");
        assertThatThrownBy(() -> cases.get(theirs)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> cases.breakGlass(theirs, "urgent")).isInstanceOf(InvalidInputException.class);
        BreakGlassGrant grant = cases.breakGlass(theirs, "Person at risk tonight, shelter needs identity check");
        assertThat(grant.expiresAt()).isAfter(grant.grantedAt());
        assertThat(cases.get(theirs).person().name()).isEqualTo("Glass Person");
        assertThat(cases.assessments(theirs)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'case.read' AND object_ref = ?"
                + " AND reason = 'break-glass' AND username = 'police.officer'", Long.class, theirs.value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT reason FROM case_access_grant ORDER BY id DESC LIMIT 1", String.class))
                .startsWith("v1:");
        actAs("coordinator");
        assertThatThrownBy(() -> cases.breakGlass(theirs, "I would like to see this case please"))
                .isInstanceOf(CaseNotAvailableException.class);
        actAs("dpo");
        assertThat(cases.breakGlassLog()).anySatisfy(g -> {
            assertThat(g.code()).isEqualTo(theirs);
            assertThat(g.username()).isEqualTo("police.officer");
            assertThat(g.reason()).contains("shelter needs identity check");
        });
    }
}
