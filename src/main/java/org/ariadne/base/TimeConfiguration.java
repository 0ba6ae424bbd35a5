package org.ariadne.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every service, in the country's zone (dates such as "today" depend on it). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${ariadne.time-zone:}") String zone) {
        return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
    }
}
