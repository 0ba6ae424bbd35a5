package org.ariadne.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a journey: the class runs against the shared stack (MariaDB, Keycloak, the production jar,
 * Chromium) and its test methods may take a {@link Stack} and a fresh {@link com.microsoft.playwright.Page}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EndToEndExtension.class)
public @interface EndToEnd {
}
