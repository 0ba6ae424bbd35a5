package org.ariadne.privacy;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.ariadne.privacy.internal.Keys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts direct identifiers with AES-256-GCM (Tink AEAD). The purpose (e.g. "person.name") is
 * bound to the ciphertext as associated data, so a value cannot be moved into another field.
 * Stored form: {@code v1:} + Base64 of Tink's ciphertext, which names the key that wrote it, so
 * old values stay readable after a key rotation.
 */
@Component
public class FieldCipher {

    private static final String PREFIX = "v1:";

    private final Keys keys;

    FieldCipher(Keys keys) {
        this.keys = keys;
    }

    public @Nullable String encrypt(@Nullable String plaintext, String purpose) {
        if (plaintext == null || plaintext.isEmpty()) {
            return null;
        }
        try {
            byte[] ciphertext = aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ad(purpose));
            return PREFIX + Base64.getEncoder().encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(@Nullable String stored, String purpose) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown ciphertext format");
        }
        try {
            byte[] plaintext = aead().decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())), ad(purpose));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // No detail: the message must not help an attacker or carry data into a log.
            throw new IllegalStateException("decryption failed", e);
        }
    }

    private Aead aead() throws GeneralSecurityException {
        return keys.aead().getPrimitive(com.google.crypto.tink.RegistryConfiguration.get(), Aead.class);
    }

    private static byte[] ad(String purpose) {
        return ("ariadne:" + purpose).getBytes(StandardCharsets.UTF_8);
    }
}
