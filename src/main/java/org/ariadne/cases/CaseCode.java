package org.ariadne.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a case wherever one is needed — URLs, lists, audit, conversations — in the form
 * {@code YYYY-NNNNNN-C}: year of registration, sequence within the year, and a check character
 * that catches a mistyped digit or two swapped neighbours. It says nothing about the person.
 */
public record CaseCode(@JsonValue String value) {

    private static final String CHECK_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31, no look-alikes
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6,7})-([" + CHECK_ALPHABET + "])");

    @JsonCreator
    public CaseCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a case code");
        }
    }

    public static CaseCode of(int year, long sequence) {
        if (year < 1000 || year > 9999 || sequence < 1 || sequence > 9_999_999) {
            throw new IllegalArgumentException("year or sequence out of range");
        }
        String digits = String.format("%04d-%06d", year, sequence);
        return new CaseCode(digits + "-" + checkCharacter(digits));
    }

    public static boolean isValid(String candidate) {
        Matcher m = FORMAT.matcher(candidate);
        return m.matches() && checkCharacter(m.group(1) + "-" + m.group(2)) == m.group(3).charAt(0);
    }

    /** Weighted sum modulo a prime: distinct weights catch adjacent transpositions. */
    static char checkCharacter(String digits) {
        int sum = 0;
        int weight = 2;
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                sum += (c - '0') * weight;
                weight++;
            }
        }
        return CHECK_ALPHABET.charAt(sum % CHECK_ALPHABET.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
