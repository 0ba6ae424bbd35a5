package org.ariadne.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts an entity's text attribute on its way to the database and decrypts it on the way back:
 * {@code @Convert(converter = EncryptedStringConverter.class)}. Hibernate asks Spring for the
 * instance, so the cipher arrives through the constructor.
 * <p>
 * A JPA converter does not know which attribute it serves, so this class binds its values to the
 * purpose {@value #GENERIC_PURPOSE} only: such values could be swapped between two columns that
 * both use it. For identifiers, declare a subclass per column that returns its own purpose (the
 * subclass needs the same one-argument constructor):
 * <pre>{@code
 * class PersonNameConverter extends EncryptedStringConverter {
 *     PersonNameConverter(FieldCipher cipher) { super(cipher); }
 *     @Override protected String purpose() { return "person.name"; }
 * }
 * }</pre>
 * Encrypted columns cannot be searched: every encryption gives a different text. Search through a
 * {@link BlindIndex} column.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<@Nullable String, @Nullable String> {

    public static final String GENERIC_PURPOSE = "field";

    private final FieldCipher cipher;

    public EncryptedStringConverter(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The associated data bound to every value this converter writes and reads. */
    protected String purpose() {
        return GENERIC_PURPOSE;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String attribute) {
        return attribute == null ? null : cipher.encrypt(attribute, purpose());
    }

    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String column) {
        return column == null ? null : cipher.decrypt(column, purpose());
    }
}
