package org.ariadne.privacy;

import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.ariadne.privacy.internal.Keys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256 through Tink's PRF, with a key separate from the encryption key) of
 * normalised identifiers, for exact-match search and duplicate detection. Without the key a hash
 * reveals nothing and cannot be brute-forced from a list of common names.
 */
@Component
public class BlindIndex {

    private final Keys keys;

    BlindIndex(Keys keys) {
        this.keys = keys;
    }

    /** Hash of a person's identity: normalised name plus date of birth; empty when the name is. */
    public @Nullable String identity(@Nullable String name, @Nullable LocalDate dateOfBirth) {
        if (name == null || NameNormaliser.normalise(name).isEmpty()) {
            return null;
        }
        return hash("identity", NameNormaliser.normalise(name) + "|" + (dateOfBirth == null ? "" : dateOfBirth));
    }

    public String hash(String purpose, String normalisedValue) {
        try {
            PrfSet prf = keys.prf().getPrimitive(com.google.crypto.tink.RegistryConfiguration.get(), PrfSet.class);
            byte[] out = prf.computePrimary((purpose + "\u0000" + normalisedValue).getBytes(StandardCharsets.UTF_8), 32);
            return HexFormat.of().formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keyed hash failed", e);
        }
    }
}
