package org.ariadne.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.organisations.ActorType;
import org.ariadne.statistics.internal.FactQueries;
import org.ariadne.statistics.internal.FactQueries.ResearchRow;
import org.jspecify.annotations.Nullable;

/**
 * Generalises consenting persons' facts into HTCDS fields and keeps only combinations shared by at
 * least k records (k-anonymity over all exported columns, data-standards.md). Ages are bands with a
 * minor flag, dates are years, citizenship is a group, several forms are "multiple".
 */
final class HtcdsExporter {

    static final List<String> COLUMNS = List.of("cas_year_identified", "prs_age_band", "prs_is_minor", "prs_gender",
            "prs_citizenship_group", "vic_type_of_exploitation", "cas_identified_by", "cas_trafficking_status",
            "cas_status_decided_by");

    private final FactQueries facts;

    HtcdsExporter(FactQueries facts) {
        this.facts = facts;
    }

    /**
     * Global recoding in the manner of Datafly: while more than {@link #MAX_SUPPRESSED} of the
     * records would be left out, the next column of this list is generalised for every record
     * (deciding actor, identifying actor and citizenship withheld as "*", age band coarsened,
     * exploitation grouped), so that fewer records are lost to rare combinations.
     */
    static final List<String> GENERALISATION_ORDER = List.of("cas_status_decided_by", "cas_identified_by",
            "prs_citizenship_group", "prs_age_band", "vic_type_of_exploitation");
    static final double MAX_SUPPRESSED = 0.05;

    HtcdsExport export(Period period, int k) {
        List<ResearchRow> rows = facts.researchRows(period);
        HtcdsExport best = null;
        for (int level = 0; level <= GENERALISATION_ORDER.size(); level++) {
            best = at(period, k, rows, level);
            if (best.suppressed() <= MAX_SUPPRESSED * best.eligible()) {
                break;
            }
        }
        return best;
    }

    private HtcdsExport at(Period period, int k, List<ResearchRow> rows, int level) {
        Map<List<String>, Long> combinations = new LinkedHashMap<>();
        for (ResearchRow row : rows) {
            combinations.merge(coarsen(generalise(row), level), row.count(), Long::sum);
        }
        long eligible = 0;
        long suppressed = 0;
        long combinationsSuppressed = 0;
        List<HtcdsExport.Combination> kept = new ArrayList<>();
        for (var entry : combinations.entrySet()) {
            eligible += entry.getValue();
            if (entry.getValue() < k) {
                suppressed += entry.getValue();
                combinationsSuppressed++;
            } else {
                kept.add(new HtcdsExport.Combination(entry.getKey(), entry.getValue()));
            }
        }
        kept.sort((a, b) -> String.join("|", a.values()).compareTo(String.join("|", b.values())));
        return new HtcdsExport(period, k, eligible, eligible - suppressed, suppressed, combinationsSuppressed, COLUMNS,
                kept, GENERALISATION_ORDER.subList(0, level));
    }

    private static List<String> coarsen(List<String> values, int level) {
        List<String> v = new java.util.ArrayList<>(values);
        for (String column : GENERALISATION_ORDER.subList(0, level)) {
            int at = COLUMNS.indexOf(column);
            v.set(at, switch (column) {
                case "prs_age_band" -> v.get(at).equals("0--11") || v.get(at).equals("12--17") ? "0--17"
                        : v.get(at).equals("unknown") ? "unknown" : "18+";
                case "vic_type_of_exploitation" -> switch (v.get(at)) {
                    case "sexual exploitation", "forced labour", "multiple", "unknown" -> v.get(at);
                    default -> "other";
                };
                default -> "*";
            });
        }
        return v;
    }

    static List<String> generalise(ResearchRow r) {
        return List.of(Integer.toString(r.year()), ageBand(r.ageBand()), Boolean.toString(r.child()), gender(r.sex()),
                r.citizenship() == null ? "unknown" : r.citizenship().toLowerCase(java.util.Locale.ROOT),
                exploitation(r.forms()), decider(r.identifyingActor()), status(r.rgPositive(), r.cdPositive()),
                r.rgPositive() == null && r.cdPositive() == null ? "" : decider(r.decidedBy()));
    }

    private static String ageBand(String band) {
        return switch (band) {
            case "AGE_0_11" -> "0--11";
            case "AGE_12_17" -> "12--17";
            case "AGE_18_24" -> "18--24";
            case "AGE_25_34" -> "25--34";
            case "AGE_35_49" -> "35--49";
            case "AGE_50_PLUS" -> "50+";
            default -> "unknown";
        };
    }

    private static String gender(@Nullable String sex) {
        return sex == null ? "unknown" : sex.toLowerCase(java.util.Locale.ROOT);
    }

    /** HTCDS type of exploitation; forms it has no code for are "other"; several forms are "multiple". */
    static String exploitation(int forms) {
        if (Integer.bitCount(forms) > 1) {
            return "multiple";
        }
        if (forms == 0) {
            return "unknown";
        }
        return switch (ExploitationForm.values()[Integer.numberOfTrailingZeros(forms)]) {
            case SEXUAL_EXPLOITATION -> "sexual exploitation";
            case FORCED_LABOUR -> "forced labour";
            case DOMESTIC_SERVITUDE -> "servitude";
            case FORCED_BEGGING -> "forced begging";
            case FORCED_MARRIAGE -> "forced marriage";
            case ILLEGAL_ADOPTION -> "forced adoption";
            case SURROGACY_EXPLOITATION -> "surrogacy";
            case ORGAN_REMOVAL -> "organ removal";
            case FORCED_MILITARY_SERVICE -> "forced military by non-State actors";
            default -> "other";
        };
    }

    private static String status(@Nullable Boolean rg, @Nullable Boolean cd) {
        if (Boolean.TRUE.equals(cd)) {
            return "actual victim";
        }
        if (Boolean.FALSE.equals(cd) || Boolean.FALSE.equals(rg)) {
            return "not a victim";
        }
        return "possible victim";
    }

    /** HTCDS "status decided by": police, NGO, court or prosecution, non-police governmental organisation, other. */
    static String decider(@Nullable String actor) {
        if (actor == null) {
            return "other";
        }
        return switch (ActorType.valueOf(actor)) {
            case POLICE, BORDER_GUARD -> "police";
            case NGO -> "NGO";
            case PROSECUTOR -> "court or prosecution";
            case HOTLINE, SERVICE_PROVIDER -> "other";
            default -> "non-police governmental organisation";
        };
    }
}
