package org.ariadne.privacy;

import org.ariadne.privacy.internal.Keys;
import org.springframework.stereotype.Component;

/**
 * Rotation of the field-encryption key. {@link #addPrimaryKey()} adds a fresh key to the key file
 * and makes it the primary one: new values are encrypted with it at once, values under older keys
 * stay readable. A job then walks the stored values with {@link FieldCipher#isUnderPrimaryKey} and
 * {@link FieldCipher#reencrypt}. The old key may be removed from the file only once no value needs
 * it any more. Blind-index keys are not rotated here: a new one would need every index recomputed
 * from the plaintext.
 */
@Component
public class KeyRotation {

    private final Keys keys;

    KeyRotation(Keys keys) {
        this.keys = keys;
    }

    /**
     * Adds and promotes a new key; returns its id (an identifier, not key material; Tink ids are
     * unsigned, print them with {@link Integer#toUnsignedString(int)}).
     */
    public int addPrimaryKey() {
        return keys.addPrimaryKey();
    }

    public int primaryKeyId() {
        return keys.primaryKeyId();
    }

    /** How many encryption keys the key file holds: above one, a re-encryption may still be due. */
    public int encryptionKeyCount() {
        return keys.encryptionKeyCount();
    }
}
