package org.ariadne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionSettingsCheckTest {

    private static Map<String, Object> complete() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("ARIADNE_DB_URL", "jdbc:mariadb://db:3306/ariadne");
        settings.put("ARIADNE_DB_USER", "ariadne");
        settings.put("ARIADNE_DB_PASSWORD", "secret");
        settings.put("ARIADNE_OIDC_ISSUER_URI", "https://sso.example.org/realms/ariadne");
        settings.put("ARIADNE_OIDC_CLIENT_ID", "ariadne-web");
        settings.put("ARIADNE_OIDC_CLIENT_SECRET", "secret");
        settings.put("ariadne.security.mode", "oidc");
        settings.put("ariadne.database.embedded", "false");
        return settings;
    }

    private static void check(Map<String, Object> settings, String... profiles) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        environment.setActiveProfiles(profiles);
        new ProductionSettingsCheck().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void completeProductionSettingsPass() {
        assertThatCode(() -> check(complete(), "prod")).doesNotThrowAnyException();
    }

    @Test
    void missingSettingIsNamedInOneSentence() {
        Map<String, Object> settings = complete();
        settings.remove("ARIADNE_OIDC_CLIENT_SECRET");
        assertThatThrownBy(() -> check(settings, "prod"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("The setting ARIADNE_OIDC_CLIENT_SECRET is missing: the prod profile needs the OIDC client secret.");
    }

    @Test
    void wrongDatabaseUrlIsRefused() {
        Map<String, Object> settings = complete();
        settings.put("ARIADNE_DB_URL", "postgres://db/ariadne");
        assertThatThrownBy(() -> check(settings, "prod")).hasMessageStartingWith("The setting ARIADNE_DB_URL is wrong");
    }

    @Test
    void wrongIssuerIsRefused() {
        Map<String, Object> settings = complete();
        settings.put("ARIADNE_OIDC_ISSUER_URI", "not a url");
        assertThatThrownBy(() -> check(settings, "prod")).hasMessageContaining("ARIADNE_OIDC_ISSUER_URI");
    }

    @Test
    void localAccountsAndEmbeddedDatabaseAreRefusedInProd() {
        Map<String, Object> local = complete();
        local.put("ariadne.security.mode", "local");
        assertThatThrownBy(() -> check(local, "prod")).hasMessageContaining("local accounts are refused");
        Map<String, Object> embedded = complete();
        embedded.put("ariadne.database.embedded", "true");
        assertThatThrownBy(() -> check(embedded, "prod")).hasMessageContaining("embedded database is refused");
    }

    @Test
    void embeddedDefaultNeedsNothing() {
        assertThatCode(() -> check(new HashMap<>())).doesNotThrowAnyException();
    }

    @Test
    void failureAnalysisPrintsTheSentence() {
        var analysis = new InvalidSettingFailureAnalyzer().analyze(
                new IllegalStateException(new InvalidSettingException("The setting X is missing.", "X")));
        assertThat(analysis.getDescription()).isEqualTo("The setting X is missing.");
        assertThat(analysis.getAction()).contains("Set X");
    }

    private static Map<String, Object> cluster() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("ARIADNE_DB_URL", "jdbc:mariadb://127.0.0.1:3308/ariadne");
        settings.put("ARIADNE_DB_USER", "ariadne");
        settings.put("ARIADNE_DB_PASSWORD", "secret");
        settings.put("ARIADNE_KEYSET_FILE", "/srv/ariadne/keys.properties");
        settings.put("ariadne.database.embedded", "false");
        return settings;
    }

    @Test
    void theClusterProfileNeedsTheSharedDatabaseAndKeyFileButNoIdentityProvider() {
        assertThatCode(() -> check(cluster(), "cluster")).doesNotThrowAnyException();
        Map<String, Object> settings = cluster();
        settings.remove("ARIADNE_KEYSET_FILE");
        assertThatThrownBy(() -> check(settings, "cluster")).isInstanceOf(InvalidSettingException.class)
                .hasMessage("The setting ARIADNE_KEYSET_FILE is missing: the cluster profile needs the key file every"
                        + " node shares.");
        settings.put("ARIADNE_KEYSET_FILE", "/srv/ariadne/keys.properties");
        settings.put("ariadne.database.embedded", "true");
        assertThatThrownBy(() -> check(settings, "cluster")).hasMessageStartingWith(
                "The setting ariadne.database.embedded is wrong");
    }

    @Test
    void theProductionChecksStillApplyWhenBothProfilesAreActive() {
        assertThatThrownBy(() -> check(cluster(), "prod", "cluster")).hasMessageStartingWith(
                "The setting ARIADNE_OIDC_ISSUER_URI is missing: the prod profile");
    }
}
