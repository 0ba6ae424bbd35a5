package org.ariadne.privacy.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key sets: one AEAD key set for encryption and one PRF key set for blind indexes, read from
 * a file outside the database. Nothing here ever logs key material.
 */
public final class Keys {

    private static final Logger log = LoggerFactory.getLogger(Keys.class);

    private final KeysetHandle aead;
    private final KeysetHandle prf;

    Keys(KeysetHandle aead, KeysetHandle prf) {
        this.aead = aead;
        this.prf = prf;
    }

    public KeysetHandle aead() {
        return aead;
    }

    public KeysetHandle prf() {
        return prf;
    }

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Reads the key file, or creates it when {@code mayCreate} (embedded default only). */
    static Keys load(Path file, boolean mayCreate) {
        try {
            if (Files.exists(file)) {
                var properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                return new Keys(parse(properties.getProperty("aead")), parse(properties.getProperty("prf")));
            }
            if (!mayCreate) {
                throw new IllegalStateException("key file missing");
            }
            Keys keys = new Keys(KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM")),
                    KeysetHandle.generateNew(KeyTemplates.get("HMAC_SHA256_PRF")));
            keys.write(file);
            log.warn("Created a new encryption key file at {}. Back it up now and keep it apart from database "
                    + "backups: without it, encrypted personal data cannot be read.", file.toAbsolutePath());
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key file cannot be read as Tink key sets", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the key file cannot be read or written", e);
        }
    }

    void write(Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var properties = new Properties();
        properties.setProperty("aead", serialise(aead));
        properties.setProperty("prf", serialise(prf));
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Ariadne key sets (Tink). Secret: back up, never commit, never put beside DB backups.");
        }
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.info("File permissions cannot be restricted on this file system");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String serialise(KeysetHandle handle) throws GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeysetHandle parse(String encoded) throws GeneralSecurityException {
        if (encoded == null) {
            throw new GeneralSecurityException("key set missing from the file");
        }
        String json = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    }

    @Override
    public String toString() {
        return "Keys[hidden]";
    }
}
