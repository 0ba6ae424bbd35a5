package org.ariadne.referrals.workflow;

/**
 * The criminal-justice track of a case. Kept apart from {@link CaseFacts} on purpose: the rules
 * for every other step are given case facts only, so no rule can make support depend on these.
 *
 * @param nonPunishmentInvoked the person was not punished for offences they were compelled to
 *                             commit (CoE Convention Art. 26)
 */
public record JusticeFacts(Cooperation cooperation, boolean witness, boolean nonPunishmentInvoked,
                           CompensationStatus compensation) {

    public static final JusticeFacts NONE = new JusticeFacts(Cooperation.NOT_RECORDED, false, false,
            CompensationStatus.NONE);
}
