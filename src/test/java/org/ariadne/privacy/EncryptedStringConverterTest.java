package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.ariadne.privacy.internal.Keys;
import org.hibernate.resource.beans.internal.ManagedBeanRegistryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.orm.jpa.hibernate.SpringBeanContainer;

class EncryptedStringConverterTest {

    /** How a feature binds a column to its own purpose. */
    static class PersonNameConverter extends EncryptedStringConverter {
        PersonNameConverter(FieldCipher cipher) {
            super(cipher);
        }

        @Override
        protected String purpose() {
            return "person.name";
        }
    }

    @TempDir
    Path folder;

    private FieldCipher cipher;

    @BeforeEach
    void keys() {
        cipher = new FieldCipher(Keys.open(folder.resolve("keys.properties"), true));
    }

    @Test
    void roundTripsAndStoresNoPlaintext() {
        var converter = new EncryptedStringConverter(cipher);
        String column = converter.convertToDatabaseColumn("Anna Ivanova");
        assertThat(column).startsWith("v1:").doesNotContain("Anna").doesNotContain("Ivanova");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo("Anna Ivanova");
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(""))).isEmpty();
    }

    @Test
    void nullStaysNull() {
        var converter = new EncryptedStringConverter(cipher);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void genericConverterUsesTheGenericPurpose() {
        String column = new EncryptedStringConverter(cipher).convertToDatabaseColumn("Anna");
        assertThat(cipher.decrypt(column, EncryptedStringConverter.GENERIC_PURPOSE)).isEqualTo("Anna");
    }

    @Test
    void perColumnSubclassRefusesValuesOfOtherColumns() {
        var names = new PersonNameConverter(cipher);
        var generic = new EncryptedStringConverter(cipher);
        String name = names.convertToDatabaseColumn("Anna Ivanova");
        assertThat(cipher.decrypt(name, "person.name")).isEqualTo("Anna Ivanova");
        assertThatThrownBy(() -> generic.convertToEntityAttribute(name))
                .isInstanceOf(ProtectedDataUnreadableException.class);
        String other = generic.convertToDatabaseColumn("Anna Ivanova");
        assertThatThrownBy(() -> names.convertToEntityAttribute(other))
                .isInstanceOf(ProtectedDataUnreadableException.class);
    }

    /**
     * Hibernate asks its bean registry for converters; Spring Boot plugs Spring's bean container
     * into it. The same pair here, without a database: the converter gets its cipher injected.
     */
    @Test
    void hibernateObtainsConvertersFromSpringWithConstructorInjection() {
        try (var context = new GenericApplicationContext()) {
            context.registerBean(FieldCipher.class, () -> cipher);
            context.refresh();
            var registry = new ManagedBeanRegistryImpl(new SpringBeanContainer(context.getBeanFactory()));

            EncryptedStringConverter generic = registry.getBean(EncryptedStringConverter.class).getBeanInstance();
            PersonNameConverter names = registry.getBean(PersonNameConverter.class).getBeanInstance();

            assertThat(generic.convertToEntityAttribute(generic.convertToDatabaseColumn("Anna"))).isEqualTo("Anna");
            assertThat(cipher.decrypt(names.convertToDatabaseColumn("Anna"), "person.name")).isEqualTo("Anna");
        }
    }
}
