package org.ariadne.cases.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ariadne.common.SystemJob;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Synthetic cases: a few hundred on the first start of a demo installation, so every screen shows
 * something, and any number on request ({@code --ariadne.generate.cases=N}, with
 * {@code --ariadne.generate.exit=true} to stop afterwards) for benchmarks.
 */
@Component
@Order(30)
class SyntheticCaseLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticCaseLoader.class);
    private static final Set<ActorType> RECORDERS = EnumSet.of(ActorType.POLICE, ActorType.BORDER_GUARD,
            ActorType.LABOUR_INSPECTORATE, ActorType.OSH_INSPECTORATE, ActorType.NGO, ActorType.SOCIAL_SERVICES,
            ActorType.HOTLINE, ActorType.HEALTH);

    private final SyntheticCases synthetic;
    private final OrganisationService organisations;
    private final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;
    private final boolean demo;
    private final long requested;
    private final boolean exitAfter;

    SyntheticCaseLoader(SyntheticCases synthetic, OrganisationService organisations, JdbcTemplate jdbc,
                        ConfigurableApplicationContext context, @Value("${ariadne.demo.enabled:true}") boolean demo,
                        @Value("${ariadne.generate.cases:0}") long requested,
                        @Value("${ariadne.generate.exit:false}") boolean exitAfter) {
        this.synthetic = synthetic;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.context = context;
        this.demo = demo;
        this.requested = requested;
        this.exitAfter = exitAfter;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Organisation> recorders = SystemJob.run(organisations::listActive).stream()
                .filter(o -> RECORDERS.contains(o.actorType())).toList();
        if (recorders.isEmpty()) {
            return;
        }
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Long.class);
        if (demo && existing != null && existing == 0) {
            synthetic.generate(400, recorders, 20261122L);
            log.info("Created 400 synthetic demo cases");
        }
        if (requested > 0) {
            long started = System.nanoTime();
            long written = synthetic.generate(requested, recorders, System.nanoTime());
            long ms = (System.nanoTime() - started) / 1_000_000;
            log.info("Generated {} synthetic cases in {} ms ({} cases/s)", written, ms, written * 1000 / Math.max(1, ms));
            if (exitAfter) {
                System.exit(SpringApplication.exit(context, () -> 0));
            }
        }
    }
}
