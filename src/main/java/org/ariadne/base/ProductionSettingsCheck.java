package org.ariadne.base;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile, refuses to start on a missing or wrong setting, with one sentence
 * naming it, before anything tries to connect. Also refuses the embedded database and local
 * accounts there: they exist for a single machine, never for production.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    private record Rule(String name, Predicate<String> valid, String expectation) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("ARIADNE_DB_URL", v -> v.startsWith("jdbc:mariadb://") || v.startsWith("jdbc:mysql://"),
                    "a JDBC URL starting with jdbc:mariadb://"),
            new Rule("ARIADNE_DB_USER", v -> true, "the database user"),
            new Rule("ARIADNE_DB_PASSWORD", v -> true, "the database password"),
            new Rule("ARIADNE_OIDC_ISSUER_URI", ProductionSettingsCheck::isHttpUrl,
                    "the Keycloak realm URL, e.g. https://sso.example.org/realms/ariadne"),
            new Rule("ARIADNE_OIDC_CLIENT_ID", v -> true, "the OIDC client id"),
            new Rule("ARIADNE_OIDC_CLIENT_SECRET", v -> true, "the OIDC client secret"),
            new Rule("ariadne.security.mode", v -> v.equalsIgnoreCase("oidc"),
                    "OIDC (local accounts are refused in the prod profile)"),
            new Rule("ariadne.database.embedded", v -> v.equalsIgnoreCase("false"),
                    "false (the embedded database is refused in the prod profile)"));

    /**
     * The {@code cluster} profile: several nodes with local accounts on one external MariaDB (see
     * docs/scaling.md). Every node must read the same database and the same key file.
     */
    private static final List<Rule> CLUSTER_RULES = List.of(RULES.get(0), RULES.get(1), RULES.get(2),
            new Rule("ARIADNE_KEYSET_FILE", v -> true, "the key file every node shares"),
            new Rule("ariadne.database.embedded", v -> v.equalsIgnoreCase("false"),
                    "false (each node would start a database of its own)"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            check(environment, "prod", RULES);
        } else if (environment.acceptsProfiles(Profiles.of("cluster"))) {
            check(environment, "cluster", CLUSTER_RULES);
        }
    }

    private static void check(ConfigurableEnvironment environment, String profile, List<Rule> rules) {
        for (Rule rule : rules) {
            String value = environment.getProperty(rule.name());
            if (value == null || value.isBlank()) {
                throw new InvalidSettingException("The setting " + rule.name()
                        + " is missing: the " + profile + " profile needs " + rule.expectation() + ".", rule.name());
            }
            if (!rule.valid().test(value.strip())) {
                throw new InvalidSettingException("The setting " + rule.name() + " is wrong: it must be "
                        + rule.expectation() + ".", rule.name());
            }
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
