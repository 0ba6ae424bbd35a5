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
 * Where the keys come from: {@code ARIADNE_KEYSET_FILE}, or in the embedded default a file in the
 * data folder created on first start. In the prod profile a missing file stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    @Bean
    Keys keys(@Value("${ariadne.crypto.keyset-file:}") String configured, ObjectProvider<DataFolder> dataFolder,
              Environment environment) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        Path file = !configured.isBlank() ? Path.of(configured)
                : dataFolder.getObject().path().resolve("keys").resolve("ariadne-keys.properties");
        if (prod && (configured.isBlank() || !file.toFile().isFile())) {
            throw new InvalidSettingException("The setting ARIADNE_KEYSET_FILE must name an existing key file in the "
                    + "prod profile (create one with the embedded default or scripts/new-keyset.sh).",
                    "ARIADNE_KEYSET_FILE");
        }
        return Keys.load(file, !prod);
    }
}
