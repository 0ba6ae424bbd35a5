package org.ariadne;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, which a test may move forward (a recovery period running out, a deadline
 * passing) and must put back with {@link #reset()}. Shared by every integration test.
 */
public final class TestClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    private TestClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock moved = new TestClock(base.withZone(zone));
        moved.offset = offset;
        return moved;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock(Clock clock) {
            return new TestClock(clock);
        }
    }
}
