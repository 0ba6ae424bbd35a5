package org.ariadne.justice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.ariadne.referrals.workflow.CompensationStatus;
import org.ariadne.referrals.workflow.JusticeFacts;

/**
 * The service-side check of a criminal-justice change, and what it tells the workflow and
 * statistics. Plain Java: no framework, no storage.
 */
final class JusticeRules {

    static final int MAX_OFFENCES = 20;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_NOTE = 2000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** A change that passed every rule: offences trimmed, one claim per source in source order. */
    record Checked(JusticeDraft draft, List<Offence> offences, List<CompensationClaim> compensation, String note) {
    }

    private JusticeRules() {
    }

    static Checked check(JusticeDraft draft) {
        Checks.present(draft.cooperation(), "cooperation");
        Checks.present(draft.witness(), "witness");
        Checks.present(draft.nonPunishment(), "nonPunishment");
        List<Offence> offences = offences(draft.offences() == null ? List.of() : draft.offences());
        List<CompensationClaim> compensation = compensation(
                draft.compensation() == null ? List.of() : draft.compensation());
        String note = Checks.optional(draft.note(), "note", MAX_NOTE);
        return new Checked(draft, offences, compensation, note);
    }

    private static List<Offence> offences(List<Offence> given) {
        if (given.size() > MAX_OFFENCES) {
            throw new InvalidInputException("offences", "justice.error.too-many-offences", MAX_OFFENCES);
        }
        List<Offence> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Offence offence = given.get(i);
            if (offence == null) {
                throw new InvalidInputException("offences[" + i + "].description", "common.error.required");
            }
            checked.add(new Offence(Checks.required(offence.description(), "offences[" + i + "].description",
                    MAX_DESCRIPTION), offence.linked()));
        }
        return List.copyOf(checked);
    }

    private static List<CompensationClaim> compensation(List<CompensationClaim> given) {
        Map<CompensationSource, CompensationClaim> bySource = new EnumMap<>(CompensationSource.class);
        for (CompensationClaim claim : given) {
            if (claim == null || claim.source() == null) {
                throw new InvalidInputException("compensation", "common.error.required");
            }
            if (bySource.put(claim.source(), claim(claim)) != null) {
                throw new InvalidInputException("compensation." + claim.source().name(),
                        "justice.error.duplicate-source");
            }
        }
        List<CompensationClaim> all = new ArrayList<>();
        for (CompensationSource source : CompensationSource.values()) {
            all.add(bySource.getOrDefault(source, CompensationClaim.none(source)));
        }
        return List.copyOf(all);
    }

    private static CompensationClaim claim(CompensationClaim claim) {
        String field = "compensation." + claim.source().name();
        if (claim.paid() && !claim.awarded()) {
            throw new InvalidInputException(field + ".paid", "justice.error.paid-without-award");
        }
        BigDecimal amount = claim.amount();
        if (amount == null) {
            return new CompensationClaim(claim.source(), claim.claimed(), claim.awarded(), claim.paid(), null, null);
        }
        if (!claim.claimed() && !claim.awarded()) {
            throw new InvalidInputException(field + ".amount", "justice.error.amount-without-claim");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field + ".amount", "justice.error.amount");
        }
        String currency = claim.currency() == null ? "" : claim.currency().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches() || !isKnownCurrency(currency)) {
            throw new InvalidInputException(field + ".currency", "justice.error.currency");
        }
        return new CompensationClaim(claim.source(), claim.claimed(), claim.awarded(), claim.paid(),
                amount.setScale(2, java.math.RoundingMode.UNNECESSARY), currency);
    }

    private static boolean isKnownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The summary the referral mechanism keeps with the step (and shows in the case history). */
    static JusticeFacts facts(Checked checked) {
        JusticeDraft d = checked.draft();
        return new JusticeFacts(d.cooperation(), d.witness().isWitness(), d.nonPunishment() == NonPunishment.APPLIED,
                furthest(checked.compensation()));
    }

    private static CompensationStatus furthest(List<CompensationClaim> claims) {
        if (claims.stream().anyMatch(CompensationClaim::paid)) {
            return CompensationStatus.PAID;
        }
        if (claims.stream().anyMatch(CompensationClaim::awarded)) {
            return CompensationStatus.AWARDED;
        }
        return claims.stream().anyMatch(CompensationClaim::claimed) ? CompensationStatus.CLAIMED
                : CompensationStatus.NONE;
    }

    /** What statistics count: no wording, no amounts. */
    static JusticeRecorded event(String caseKey, LocalDate day, Checked checked) {
        JusticeDraft d = checked.draft();
        int linked = (int) checked.offences().stream().filter(Offence::linked).count();
        return new JusticeRecorded(caseKey, day, d.cooperation(), d.witness().isWitness(), linked, d.nonPunishment(),
                sources(checked.compensation(), CompensationClaim::claimed),
                sources(checked.compensation(), CompensationClaim::awarded),
                sources(checked.compensation(), CompensationClaim::paid));
    }

    private static Set<CompensationSource> sources(List<CompensationClaim> claims,
                                                   java.util.function.Predicate<CompensationClaim> test) {
        Set<CompensationSource> set = EnumSet.noneOf(CompensationSource.class);
        claims.stream().filter(test).forEach(c -> set.add(c.source()));
        return set;
    }
}
