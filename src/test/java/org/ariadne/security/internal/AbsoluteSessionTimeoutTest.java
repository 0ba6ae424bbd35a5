package org.ariadne.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutTest {

    private static boolean survives(Duration age) throws Exception {
        var session = new MockHttpSession();
        var clock = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(age), ZoneOffset.UTC);
        var request = new MockHttpServletRequest();
        request.setSession(session);
        var chain = new MockFilterChain();
        new AbsoluteSessionTimeout(Duration.ofHours(10), clock).doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request always goes on").isNotNull();
        return !session.isInvalid();
    }

    @Test
    void aSessionYoungerThanTheLimitSurvives() throws Exception {
        assertThat(survives(Duration.ofHours(9).plusMinutes(59))).isTrue();
    }

    @Test
    void aSessionOlderThanTheLimitEndsHoweverActive() throws Exception {
        assertThat(survives(Duration.ofHours(10).plusSeconds(1))).isFalse();
    }

    @Test
    void aRequestWithoutSessionIsLeftAlone() throws Exception {
        var request = new MockHttpServletRequest();
        var chain = new MockFilterChain();
        new AbsoluteSessionTimeout(Duration.ofHours(10), Clock.systemUTC())
                .doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(request.getSession(false)).isNull();
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
