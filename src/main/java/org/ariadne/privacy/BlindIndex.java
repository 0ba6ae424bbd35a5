package org.ariadne.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ariadne.privacy.internal.Keys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256 through Tink's PRF, with a key separate from the encryption keys) of
 * normalised identifiers, for exact-match search and duplicate detection without the plaintext.
 * Without the key a hash cannot be recomputed, so it cannot be brute-forced from a list of common
 * names and birth dates. Equal inputs give equal hashes by design: the index reveals which records
 * share a value, never the value. Each kind of value is hashed under its own purpose, so equal
 * texts in different fields do not give equal hashes.
 */
@Component
public class BlindIndex {

    private static final String IDENTITY = "identity";
    private static final int LENGTH = 32;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PURPOSE = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{0,63}");

    private final Keys keys;

    BlindIndex(Keys keys) {
        this.keys = keys;
    }

    /**
     * The identity of a person: normalised name ({@link NameNormaliser}) plus ISO date of birth,
     * or the name alone when the date is unknown. Absent when the name has nothing to match on.
     */
    public @Nullable String identity(@Nullable String name, @Nullable LocalDate dateOfBirth) {
        String normalised = name == null ? "" : NameNormaliser.normalise(name);
        if (normalised.isEmpty()) {
            return null;
        }
        return hash(IDENTITY, normalised + "|" + (dateOfBirth == null ? "" : dateOfBirth.toString()));
    }

    /**
     * An identity-document number: only letters and digits count, in upper case, so
     * "ab 123-456" and "AB123456" match. Absent when nothing is left.
     */
    public @Nullable String documentNumber(@Nullable String number) {
        if (number == null) {
            return null;
        }
        String normalised = NOT_ALPHANUMERIC.matcher(Normalizer.normalize(number, Normalizer.Form.NFKC))
                .replaceAll("").toUpperCase(Locale.ROOT);
        return normalised.isEmpty() ? null : hash("document", normalised);
    }

    /**
     * Any other exact-match value (a phone number, an e-mail address...) under its own purpose:
     * compared after NFKC, case folding and collapsing white space. Absent when blank.
     */
    public @Nullable String exact(String purpose, @Nullable String value) {
        if (!PURPOSE.matcher(purpose).matches() || IDENTITY.equals(purpose) || "document".equals(purpose)) {
            throw new IllegalArgumentException("invalid or reserved purpose name");
        }
        if (value == null) {
            return null;
        }
        String normalised = WHITESPACE.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return normalised.isEmpty() ? null : hash(purpose, normalised);
    }

    private String hash(String purpose, String normalisedValue) {
        // The NUL separator keeps purpose and value apart: no value can pose as another purpose.
        byte[] input = (purpose + "\u0000" + normalisedValue).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(keys.prf().computePrimary(input, LENGTH));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keyed hash failed", e);
        }
    }
}
