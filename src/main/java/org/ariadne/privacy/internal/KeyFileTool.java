package org.ariadne.privacy.internal;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.ariadne.privacy.internal.KeysetFile.Keysets;

/**
 * Key-file maintenance for operators, run from the application jar while the application is
 * stopped or before a rolling restart (see docs/decisions/004-field-encryption-with-tink.md):
 * <pre>
 * java -cp ariadne.jar -Dloader.main=org.ariadne.privacy.internal.KeyFileTool \
 *      org.springframework.boot.loader.launch.PropertiesLauncher COMMAND FILE [KEY-ID]
 * </pre>
 * Commands: {@code create}, {@code list}, {@code add} (a new encryption key, not yet used),
 * {@code promote ID} (make it the primary), {@code rotate} (add and promote at once, for a single
 * node) and {@code disable ID} (an old key, once nothing is encrypted under it). Prints key ids and
 * states only, never key material.
 */
public final class KeyFileTool {

    private KeyFileTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length > 3) {
            err.println("usage: create|list|add|rotate FILE, or promote|disable FILE KEY-ID");
            return 2;
        }
        var file = new KeysetFile(Path.of(args[1]));
        try {
            Keys.registerPrimitives();
            switch (args[0]) {
                case "create" -> file.create(new Keysets(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                        KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF)));
                case "list" -> { }
                case "add" -> change(file, (b, h) -> b.addEntry(newKey()));
                case "rotate" -> change(file, (b, h) -> b.addEntry(newKey().makePrimary()));
                case "promote" -> change(file, (b, h) -> entry(b, h, args).setStatus(KeyStatus.ENABLED).makePrimary());
                case "disable" -> change(file, (b, h) -> {
                    KeysetHandle.Builder.Entry entry = entry(b, h, args);
                    if (entry.isPrimary()) {
                        throw new IllegalArgumentException("the primary key cannot be disabled");
                    }
                    entry.setStatus(KeyStatus.DISABLED);
                });
                default -> {
                    err.println("unknown command " + args[0]);
                    return 2;
                }
            }
            list(file.read().aead(), out);
            return 0;
        } catch (Exception e) {
            // The type and our own sentences only: a parser's message could quote the file.
            err.println("failed: "
                    + (e instanceof IllegalArgumentException ? e.getMessage() : e.getClass().getSimpleName()));
            return 1;
        }
    }

    private static KeysetHandle.Builder.Entry newKey() {
        return KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId();
    }

    /** A builder made from a key set keeps its order: the entry at the key's index is the key. */
    private static KeysetHandle.Builder.Entry entry(KeysetHandle.Builder builder, KeysetHandle handle, String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("give the key id");
        }
        int id;
        try {
            id = Integer.parseUnsignedInt(args[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the key id is a number, as printed by list");
        }
        for (int i = 0; i < handle.size(); i++) {
            if (handle.getAt(i).getId() == id) {
                return builder.getAt(i);
            }
        }
        throw new IllegalArgumentException("no key " + Integer.toUnsignedString(id) + " in the file");
    }

    private static void change(KeysetFile file, BiConsumer<KeysetHandle.Builder, KeysetHandle> edit) throws Exception {
        Keysets keysets = file.read();
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keysets.aead());
        edit.accept(builder, keysets.aead());
        var changed = new Keysets(builder.build(), keysets.prf());
        Keys.check(changed);
        file.replace(changed);
    }

    private static void list(KeysetHandle aead, PrintStream out) {
        for (int i = 0; i < aead.size(); i++) {
            KeysetHandle.Entry entry = aead.getAt(i);
            out.println(Integer.toUnsignedString(entry.getId()) + " " + entry.getStatus()
                    + (entry.isPrimary() ? " primary" : ""));
        }
    }
}
