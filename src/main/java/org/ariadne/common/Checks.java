package org.ariadne.common;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The service-side half of "validate twice": small checks that throw {@link InvalidInputException}. */
public final class Checks {

    private Checks() {
    }

    public static String required(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "common.error.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "common.error.too-long", maxLength);
        }
        return trimmed;
    }

    public static String optional(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return required(value, field, maxLength);
    }

    public static String matching(@Nullable String value, String field, Pattern pattern, int maxLength) {
        String checked = required(value, field, maxLength);
        if (!pattern.matcher(checked).matches()) {
            throw new InvalidInputException(field, "common.error.format");
        }
        return checked;
    }

    public static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "common.error.required");
        }
        return value;
    }
}
