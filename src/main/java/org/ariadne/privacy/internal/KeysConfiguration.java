package org.ariadne.privacy.internal;

import java.nio.file.Path;
import org.ariadne.base.DataFolder;
import org.ariadne.base.InvalidSettingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Where the keys come from: the file named by {@code ARIADNE_KEYSET_FILE}
 * ({@code ariadne.crypto.keyset-file}), or in the embedded default a file in the data folder,
 * created on first start. The prod profile never creates keys: a new key file there would
 * silently orphan every encrypted value, so a missing file stops start-up instead.
 */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    static final String SETTING = "ARIADNE_KEYSET_FILE";

    @Bean
    Keys keys(@Value("${ariadne.crypto.keyset-file:}") String configured, ObjectProvider<DataFolder> dataFolder,
              @Value("${ariadne.data-dir:./data}") String dataDir, Environment environment) {
        // Several nodes must share one key file, so the cluster profile never creates one either.
        boolean prod = environment.acceptsProfiles(Profiles.of("prod", "cluster"));
        // The data folder as resolved for the embedded database, so keys and data stay together.
        DataFolder folder = dataFolder.getIfAvailable();
        return open(configured, folder == null ? dataDir : folder.path().toString(), prod);
    }

    static Keys open(String configured, String dataDir, boolean prod) {
        if (prod && configured.isBlank()) {
            throw new InvalidSettingException("The setting " + SETTING + " is missing: the prod profile needs the "
                    + "path of the key file, kept outside the database.", SETTING);
        }
        Path file = configured.isBlank() ? defaultFile(dataDir) : Path.of(configured.strip());
        try {
            return Keys.open(file, !prod);
        } catch (KeyFileException e) {
            throw new InvalidSettingException(switch (e.reason()) {
                case MISSING -> "The setting " + SETTING + " names a key file that does not exist: the prod profile "
                        + "never creates keys, so restore the file from its backup (a first installation creates "
                        + "one with scripts/new-keyset.sh).";
                case UNREADABLE, NOT_WRITTEN -> "The key file " + file.toAbsolutePath() + " cannot be used as "
                        + "Ariadne key sets (" + e.getMessage() + "): check the file, or point " + SETTING
                        + " at the right one.";
            }, SETTING);
        }
    }

    static Path defaultFile(String dataDir) {
        return Path.of(dataDir, "keys", "ariadne-keys.properties");
    }
}
