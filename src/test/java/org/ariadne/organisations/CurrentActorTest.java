package org.ariadne.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The actor is read once per request; a deactivated organisation acts for nobody from the next one on. */
@IntegrationTest
class CurrentActorTest {

    private static final String ORGANISATION = "NGO-HARBOUR";

    @Autowired
    CurrentActor currentActor;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        RequestContextHolder.resetRequestAttributes();
        jdbc.update("UPDATE organisation SET active = TRUE WHERE code = ?", ORGANISATION);
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void aDeactivationTakesEffectFromTheNextRequest() {
        newRequest();
        Actor first = currentActor.require();
        assertThat(first.organisation().code()).isEqualTo(ORGANISATION);
        jdbc.update("UPDATE organisation SET active = FALSE WHERE code = ?", ORGANISATION);
        assertThat(currentActor.find()).contains(first);
        newRequest();
        assertThat(currentActor.find()).isEmpty();
        assertThatThrownBy(currentActor::require).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void outsideARequestTheOrganisationIsReadEveryTime() {
        // The test framework binds a mock request to the test's thread; a scheduled job has none.
        RequestContextHolder.resetRequestAttributes();
        assertThat(currentActor.find()).isPresent();
        jdbc.update("UPDATE organisation SET active = FALSE WHERE code = ?", ORGANISATION);
        assertThat(currentActor.find()).isEmpty();
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void aRefusalIsNotRememberedForTheRestOfTheRequest() {
        newRequest();
        jdbc.update("UPDATE organisation SET active = FALSE WHERE code = ?", ORGANISATION);
        assertThat(currentActor.find()).isEmpty();
        jdbc.update("UPDATE organisation SET active = TRUE WHERE code = ?", ORGANISATION);
        assertThat(currentActor.find()).isPresent();
    }

    @Test
    void nobodySignedInIsNoActor() {
        newRequest();
        assertThat(currentActor.find()).isEmpty();
    }
}
