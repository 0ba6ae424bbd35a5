package org.ariadne.privacy.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The key file: a properties file with two entries, {@code aead} and {@code prf}, each the Base64
 * of a Tink JSON key set. One file keeps the two key sets from drifting apart in backups; Base64
 * keeps each on one line. Written atomically (temporary file, then rename) and, where the file
 * system has POSIX permissions, readable by its owner only from the moment it exists.
 */
final class KeysetFile {

    private static final String AEAD = "aead";
    private static final String PRF = "prf";
    private static final String HEADER =
            "Ariadne key sets (Tink). Secret: back up, never commit, never store beside database backups.";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    record Keysets(KeysetHandle aead, KeysetHandle prf) {
    }

    private final Path path;

    KeysetFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.isRegularFile(path);
    }

    Keysets read() throws IOException, GeneralSecurityException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new Keysets(parse(properties.getProperty(AEAD)), parse(properties.getProperty(PRF)));
    }

    /** Writes a first file; refuses to replace one, which would make every encrypted value unreadable. */
    void create(Keysets keysets) throws IOException, GeneralSecurityException {
        if (Files.exists(path)) {
            throw new FileAlreadyExistsException(path.toString());
        }
        replace(keysets);
    }

    /** Replaces the file in one step, so a crash leaves either the old or the new key sets. */
    void replace(Keysets keysets) throws IOException, GeneralSecurityException {
        Path directory = path.getParent();
        if (!Files.isDirectory(directory)) {
            // Only the folder made for the keys is restricted, not the data folder around it.
            Files.createDirectories(directory.getParent());
            if (supportsPosix(directory.getParent())) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
            } else {
                Files.createDirectory(directory);
            }
        }
        Path temporary = directory.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
        if (supportsPosix(directory)) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(temporary);
        }
        try {
            Files.writeString(temporary, render(keysets), StandardCharsets.UTF_8);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether the file's POSIX permissions let anyone but its owner read it; false where unknown. */
    boolean readableByOthers() throws IOException {
        if (!supportsPosix(path)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ);
    }

    static boolean supportsPosix(@Nullable Path existing) {
        try {
            return existing != null && Files.exists(existing)
                    && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }

    private static String render(Keysets keysets) throws IOException, GeneralSecurityException {
        var properties = new Properties();
        properties.setProperty(AEAD, serialise(keysets.aead()));
        properties.setProperty(PRF, serialise(keysets.prf()));
        var text = new StringWriter();
        properties.store(text, HEADER);
        return text.toString();
    }

    private static String serialise(KeysetHandle handle) throws GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeysetHandle parse(@Nullable String encoded) throws GeneralSecurityException {
        if (encoded == null || encoded.isBlank()) {
            throw new GeneralSecurityException("a key set is missing from the key file");
        }
        byte[] json;
        try {
            json = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("a key set in the key file is not Base64");
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(new String(json, StandardCharsets.UTF_8),
                InsecureSecretKeyAccess.get());
    }
}
