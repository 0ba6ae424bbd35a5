package org.ariadne.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ariadne.IntegrationTest;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void administratorCreatesAndDeactivatesAnOrganisation() {
        Organisation created = organisations.create(new OrganisationDraft("HOT-LINE", "National Hotline",
                ActorType.HOTLINE, "Capital", true, 0));
        assertThat(organisations.findByCode("HOT-LINE")).contains(created);
        Organisation updated = organisations.update(created.id(), new OrganisationDraft("HOT-LINE", "National Hotline",
                ActorType.HOTLINE, "Capital", false, created.version()));
        assertThat(updated.active()).isFalse();
        assertThat(organisations.listActive()).extracting(Organisation::code).doesNotContain("HOT-LINE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object_ref = 'HOT-LINE'"
                + " AND action IN ('organisation.create', 'organisation.update')", Long.class)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void caseworkerMayLookUpButNotChange() {
        assertThat(organisations.listActive()).extracting(Organisation::code).contains("SHELTER-SAFEHOUSE");
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("NGO-X", "X", ActorType.NGO, "North",
                true, 0))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void currentActorCarriesTheOrganisationsActorType() {
        Actor actor = currentActor.require();
        assertThat(actor.actorType()).isEqualTo(ActorType.NGO);
        assertThat(actor.organisation().code()).isEqualTo("NGO-HARBOUR");
    }

    @Test
    @WithUserDetails("admin")
    void badInputIsRefusedAndChangesNothing() {
        int before = organisations.listActive().size();
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("lower-case", "X", ActorType.NGO, "R",
                true, 0))).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("code");
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("NGO-Y", " ", ActorType.NGO, "R",
                true, 0))).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("NGO-Y", "Y", null, "R", true, 0)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("actorType");
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("NGO-Y", "Y".repeat(161), ActorType.NGO,
                "R", true, 0))).extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("common.error.too-long");
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft("NCO", "Duplicate", ActorType.NGO, "R",
                true, 0))).extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organisations.error.code-taken");
        assertThat(organisations.listActive()).hasSize(before);
    }

    @Test
    @WithUserDetails("admin")
    void staleEditIsRefused() {
        Organisation created = organisations.create(new OrganisationDraft("NGO-STALE", "Stale", ActorType.NGO,
                "North", true, 0));
        organisations.update(created.id(), new OrganisationDraft(null, "First", ActorType.NGO, "North", true,
                created.version()));
        assertThatThrownBy(() -> organisations.update(created.id(), new OrganisationDraft(null, "Second",
                ActorType.NGO, "North", true, created.version()))).isInstanceOf(ConflictException.class);
        assertThat(organisations.findByCode("NGO-STALE").orElseThrow().name()).isEqualTo("First");
    }

    @Test
    @WithUserDetails("admin")
    void theNotificationAddressIsOptionalCheckedAndClearedWithABlank() {
        Organisation created = organisations.create(new OrganisationDraft("NGO-MAIL", "Mail Desk", ActorType.NGO,
                "North", true, 0, " desk@mail-desk.example.org "));
        assertThat(created.notificationEmail()).isEqualTo("desk@mail-desk.example.org");
        assertThatThrownBy(() -> organisations.update(created.id(), new OrganisationDraft(null, "Mail Desk",
                ActorType.NGO, "North", true, created.version(), "not an address")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("notificationEmail");
                    assertThat(e.messageKey()).isEqualTo("common.error.format");
                });
        assertThat(organisations.findByCode("NGO-MAIL").orElseThrow().notificationEmail())
                .isEqualTo("desk@mail-desk.example.org");
        Organisation cleared = organisations.update(created.id(), new OrganisationDraft(null, "Mail Desk",
                ActorType.NGO, "North", true, created.version(), ""));
        assertThat(cleared.notificationEmail()).isNull();
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void onlyAnAdministratorSetsANotificationAddress() {
        Organisation own = organisations.findByCode("NGO-HARBOUR").orElseThrow();
        assertThatThrownBy(() -> organisations.update(own.id(), new OrganisationDraft(null, own.name(),
                own.actorType(), own.region(), true, own.version(), "me@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.findByCode("NGO-HARBOUR").orElseThrow().notificationEmail()).isNull();
    }
}
