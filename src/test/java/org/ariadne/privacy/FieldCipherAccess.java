package org.ariadne.privacy;

import org.ariadne.privacy.internal.Keys;

/** Lets tests of the key internals use a cipher over keys they loaded themselves. */
public final class FieldCipherAccess {

    private FieldCipherAccess() {
    }

    public static String encrypt(Keys keys, String text) {
        return java.util.Objects.requireNonNull(new FieldCipher(keys).encrypt(text, "person.name"));
    }

    public static String decrypt(Keys keys, String stored) {
        return new FieldCipher(keys).decrypt(stored, "person.name");
    }

    public static boolean isCurrent(Keys keys, String stored) {
        return new FieldCipher(keys).isUnderPrimaryKey(stored);
    }
}
