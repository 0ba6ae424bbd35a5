package org.ariadne.privacy;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.ariadne.privacy.internal.Keys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts direct identifiers with AES-256-GCM through Tink before they reach the database.
 * <p>
 * The purpose (e.g. {@code person.name}) is bound to each ciphertext as associated data
 * ({@code ariadne:} + purpose), so a value copied into another field, or another table, does not
 * decrypt there. Stored form: {@code v1:} + Base64 of Tink's ciphertext; Tink's first five bytes
 * name the key that wrote it, which keeps values under older keys readable after a rotation and
 * tells the re-encryption job which values still need it.
 */
@Component
public class FieldCipher {

    static final String VERSION = "v1:";
    private static final Pattern PURPOSE = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{0,63}");

    private final Keys keys;

    FieldCipher(Keys keys) {
        this.keys = keys;
    }

    /** Encrypts under the current primary key; an absent value stays absent. */
    public @Nullable String encrypt(@Nullable String plaintext, String purpose) {
        byte[] ad = associatedData(purpose);
        if (plaintext == null) {
            return null;
        }
        return seal(keys.aead(), plaintext.getBytes(StandardCharsets.UTF_8), ad);
    }

    /**
     * Decrypts a stored value written for the same purpose. An absent value reads as the empty
     * text. Throws {@link ProtectedDataUnreadableException} when the value was altered, belongs to
     * another purpose, or was written under a key that is not in the key file.
     */
    public String decrypt(@Nullable String stored, String purpose) {
        byte[] ad = associatedData(purpose);
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        byte[] plaintext = open(keys.aead(), stored, ad);
        try {
            return new String(plaintext, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Whether a stored value is already under the current primary key, i.e. needs no re-encryption. */
    public boolean isUnderPrimaryKey(String stored) {
        return keys.isUnderPrimary(ciphertextOf(stored));
    }

    /**
     * The re-encryption step of a key rotation: each value not yet under the primary key is
     * decrypted and encrypted again under it; values already under it, and absent values, come
     * back unchanged, so a caller writes back only what differs. The result has the same order and
     * size. The whole batch is refused if any value cannot be decrypted for this purpose.
     */
    public List<@Nullable String> reencrypt(List<? extends @Nullable String> stored, String purpose) {
        byte[] ad = associatedData(purpose);
        Aead aead = keys.aead();
        var result = new ArrayList<@Nullable String>(stored.size());
        for (String value : stored) {
            if (value == null || value.isEmpty() || isUnderPrimaryKey(value)) {
                result.add(value);
                continue;
            }
            byte[] plaintext = open(aead, value, ad);
            try {
                result.add(seal(aead, plaintext, ad));
            } finally {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
        return result;
    }

    private static String seal(Aead aead, byte[] plaintext, byte[] ad) {
        try {
            return VERSION + Base64.getEncoder().encodeToString(aead.encrypt(plaintext, ad));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    private static byte[] open(Aead aead, String stored, byte[] ad) {
        try {
            return aead.decrypt(ciphertextOf(stored), ad);
        } catch (GeneralSecurityException e) {
            // Deliberately no cause: the reason must not help an attacker probe, nor reach a log.
            throw new ProtectedDataUnreadableException();
        }
    }

    private static byte[] ciphertextOf(String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new ProtectedDataUnreadableException();
        }
        try {
            return Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new ProtectedDataUnreadableException();
        }
    }

    private static byte[] associatedData(String purpose) {
        // Purposes are short code names; the check also stops a value being passed as the purpose by mistake.
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("invalid purpose name");
        }
        return ("ariadne:" + purpose).getBytes(StandardCharsets.UTF_8);
    }
}
