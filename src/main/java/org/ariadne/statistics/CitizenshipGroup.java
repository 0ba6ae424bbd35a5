package org.ariadne.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Citizenship as statistics keep it: a group, never the country, so that a rare nationality does
 * not single a person out. NATIONAL is the reporting State's own (ariadne.statistics.country).
 */
public enum CitizenshipGroup {
    NATIONAL,
    EU_EEA,
    OTHER_EUROPE,
    AFRICA,
    ASIA,
    AMERICAS,
    OCEANIA,
    UNKNOWN;

    private static final Set<String> EU_EEA_CODES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");
    private static final Set<String> OTHER_EUROPE_CODES = Set.of("AL", "AD", "AM", "AZ", "BY", "BA", "GE", "XK", "MD",
            "MC", "ME", "MK", "RU", "SM", "RS", "CH", "TR", "UA", "GB", "VA");
    private static final Set<String> AFRICA_CODES = Set.of("DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD",
            "KM", "CG", "CD", "CI", "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
            "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA",
            "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW");
    private static final Set<String> AMERICAS_CODES = Set.of("AR", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DO",
            "EC", "SV", "GT", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "PR", "TT", "US", "UY", "VE", "BS", "BB",
            "BZ", "GY", "SR");
    private static final Set<String> OCEANIA_CODES = Set.of("AU", "NZ", "FJ", "PG", "SB", "VU", "WS", "TO", "KI", "FM",
            "MH", "NR", "PW", "TV");

    private static final Set<String> ASIA_CODES = Set.of("AF", "BH", "BD", "BT", "BN", "KH", "CN", "IN", "ID", "IR",
            "IQ", "IL", "JP", "JO", "KZ", "KW", "KG", "LA", "LB", "MY", "MV", "MN", "MM", "NP", "KP", "OM", "PK", "PS",
            "PH", "QA", "SA", "SG", "KR", "LK", "SY", "TW", "TJ", "TH", "TL", "TM", "AE", "UZ", "VN", "YE", "HK", "MO");

    /** The group of an ISO 3166-1 alpha-2 code, given the reporting State's own code (may be blank). */
    public static CitizenshipGroup of(@Nullable String country, String nationalCountry) {
        if (country == null || country.isBlank()) {
            return UNKNOWN;
        }
        String code = country.trim().toUpperCase(java.util.Locale.ROOT);
        if (code.equals(nationalCountry.trim().toUpperCase(java.util.Locale.ROOT))) {
            return NATIONAL;
        }
        if (EU_EEA_CODES.contains(code)) {
            return EU_EEA;
        }
        if (OTHER_EUROPE_CODES.contains(code)) {
            return OTHER_EUROPE;
        }
        if (AFRICA_CODES.contains(code)) {
            return AFRICA;
        }
        if (AMERICAS_CODES.contains(code)) {
            return AMERICAS;
        }
        if (OCEANIA_CODES.contains(code)) {
            return OCEANIA;
        }
        return ASIA_CODES.contains(code) ? ASIA : UNKNOWN;
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
