package org.ariadne.privacy.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.HmacPrfKey;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.util.Bytes;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReference;
import org.ariadne.privacy.internal.KeysetFile.Keysets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key sets in use: an AES-256-GCM set for field encryption and a separate HMAC-SHA256 PRF set
 * for blind indexes, read from a key file outside the database. Adding a primary key writes the
 * file first and only then switches, so nothing is ever encrypted under a key the file lacks.
 * Nothing here logs or prints key material.
 */
public final class Keys {

    private static final Logger log = LoggerFactory.getLogger(Keys.class);

    static {
        registerPrimitives();
    }

    /** Tink's AEAD and PRF key types; repeated calls are harmless. */
    static void registerPrimitives() {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not register its key types", e);
        }
    }

    /** One consistent view of the key sets and their primitives, swapped as a whole on rotation. */
    private record Current(KeysetHandle aeadHandle, Aead aead, Bytes primaryPrefix, int primaryId,
                           KeysetHandle prfHandle, PrfSet prf) {

        static Current of(Keysets keysets) throws GeneralSecurityException {
            KeysetHandle aead = keysets.aead();
            for (int i = 0; i < aead.size(); i++) {
                if (!(aead.getAt(i).getKey() instanceof AesGcmKey key) || key.getOutputPrefix().size() == 0) {
                    throw new GeneralSecurityException("every encryption key must be AES-GCM with a key id prefix");
                }
            }
            for (int i = 0; i < keysets.prf().size(); i++) {
                if (!(keysets.prf().getAt(i).getKey() instanceof HmacPrfKey)) {
                    throw new GeneralSecurityException("every blind index key must be an HMAC PRF key");
                }
            }
            var primary = (AesGcmKey) aead.getPrimary().getKey();
            return new Current(aead, aead.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    primary.getOutputPrefix(), aead.getPrimary().getId(), keysets.prf(),
                    keysets.prf().getPrimitive(RegistryConfiguration.get(), PrfSet.class));
        }
    }

    private final KeysetFile file;
    private final AtomicReference<Current> current;

    private Keys(KeysetFile file, Current current) {
        this.file = file;
        this.current = new AtomicReference<>(current);
    }

    /**
     * Reads the key file or, when {@code mayCreate} (the embedded default), creates it on first
     * start. Throws {@link KeyFileException} when the file is missing and may not be created, or
     * cannot be read as Ariadne key sets.
     */
    public static Keys open(Path path, boolean mayCreate) {
        var file = new KeysetFile(path);
        try {
            if (file.exists()) {
                if (file.readableByOthers()) {
                    log.warn("The key file {} can be read by other users of this machine: restrict it to the "
                            + "account that runs Ariadne.", file.path());
                }
                return new Keys(file, Current.of(file.read()));
            }
            if (!mayCreate) {
                throw new KeyFileException(KeyFileException.Reason.MISSING);
            }
            var keysets = new Keysets(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
            Current created = Current.of(keysets);
            file.create(keysets);
            log.warn("Created a new key file at {}. Back it up now and keep the copy apart from database backups: "
                    + "without it the encrypted personal data can never be read again.", file.path());
            return new Keys(file, created);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (e instanceof KeyFileException known) {
                throw known;
            }
            // Parser messages can quote the file's content: only the type of the failure is kept.
            throw new KeyFileException(KeyFileException.Reason.UNREADABLE, e.getClass().getSimpleName());
        }
    }

    /** Refuses key sets this class would refuse to load. */
    static void check(Keysets keysets) throws GeneralSecurityException {
        Current.of(keysets);
    }

    public Aead aead() {
        return current.get().aead();
    }

    public PrfSet prf() {
        return current.get().prf();
    }

    /** Whether a Tink ciphertext starts with the key id prefix of the current primary key. */
    public boolean isUnderPrimary(byte[] ciphertext) {
        Bytes prefix = current.get().primaryPrefix();
        return ciphertext.length >= prefix.size() && Bytes.copyFrom(ciphertext, 0, prefix.size()).equals(prefix);
    }

    public int primaryKeyId() {
        return current.get().primaryId();
    }

    public int encryptionKeyCount() {
        return current.get().aeadHandle().size();
    }

    /**
     * Adds a fresh AES-256-GCM key as the primary: new values are encrypted with it, values under
     * older keys stay readable. Returns the new key's id (an identifier, not key material).
     */
    public synchronized int addPrimaryKey() {
        Current before = current.get();
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(before.aeadHandle());
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId());
            builder.getAt(builder.size() - 1).makePrimary();
            var keysets = new Keysets(builder.build(), before.prfHandle());
            Current after = Current.of(keysets);
            file.replace(keysets);
            current.set(after);
            log.warn("Added encryption key {} as the primary key in {}. Back up the key file again, then "
                    + "re-encrypt stored values.", Integer.toUnsignedString(after.primaryId()), file.path());
            return after.primaryId();
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyFileException(KeyFileException.Reason.NOT_WRITTEN, e.getClass().getSimpleName());
        }
    }

    Path path() {
        return file.path();
    }

    @Override
    public String toString() {
        return "Keys[" + file.path().getFileName() + ", primary " + Integer.toUnsignedString(primaryKeyId()) + "]";
    }
}
