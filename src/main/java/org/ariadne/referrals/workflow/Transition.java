package org.ariadne.referrals.workflow;

import static org.ariadne.policy.NrmFunction.ASSIST;
import static org.ariadne.policy.NrmFunction.DECIDE_CONCLUSIVE;
import static org.ariadne.policy.NrmFunction.DECIDE_REASONABLE_GROUNDS;
import static org.ariadne.policy.NrmFunction.SCREEN;

import java.util.Optional;
import org.ariadne.policy.NrmFunction;
import org.ariadne.referrals.workflow.CommandDetails.Closing;
import org.ariadne.referrals.workflow.CommandDetails.Detection;
import org.ariadne.referrals.workflow.CommandDetails.EarlyEnd;
import org.ariadne.referrals.workflow.CommandDetails.Exit;
import org.ariadne.referrals.workflow.CommandDetails.Extension;
import org.ariadne.referrals.workflow.CommandDetails.JusticeUpdate;
import org.ariadne.referrals.workflow.CommandDetails.None;
import org.jspecify.annotations.Nullable;

/**
 * Every step a case can take, with the NRM function national policy must grant the actor's type,
 * the legal basis offered by default, and the details the step needs. Steps without a function
 * (recording withdrawn consent, criminal-justice facts, the outcome, closing) are never blocked by policy:
 * roles and case access govern them.
 */
public enum Transition {
    DETECT(SCREEN, LegalBasis.COE_ART_10_IDENTIFICATION, Detection.class),
    GIVE_CONSENT(SCREEN, LegalBasis.INFORMED_CONSENT, None.class),
    WITHDRAW_CONSENT(null, LegalBasis.INFORMED_CONSENT, None.class),
    NOTIFY_ANONYMOUSLY(NrmFunction.NOTIFY_ANONYMOUSLY, LegalBasis.DUTY_TO_NOTIFY, None.class),
    UPGRADE_TO_REFERRAL(NrmFunction.REFER_TO_AUTHORITY, LegalBasis.INFORMED_CONSENT, None.class),
    REFER_TO_AUTHORITY(NrmFunction.REFER_TO_AUTHORITY, LegalBasis.COE_ART_10_IDENTIFICATION, None.class),
    PRESUME_CHILD(SCREEN, LegalBasis.COE_ART_10_3_AGE_PRESUMPTION, None.class),
    APPOINT_GUARDIAN(NrmFunction.APPOINT_GUARDIAN, LegalBasis.COE_ART_10_4_CHILD_REPRESENTATIVE, None.class),
    RECORD_BEST_INTERESTS(NrmFunction.APPOINT_GUARDIAN, LegalBasis.CRC_ART_3_BEST_INTERESTS, None.class),
    REASONABLE_GROUNDS_POSITIVE(DECIDE_REASONABLE_GROUNDS, LegalBasis.COE_ART_10_2_REASONABLE_GROUNDS, None.class),
    REASONABLE_GROUNDS_NEGATIVE(DECIDE_REASONABLE_GROUNDS, LegalBasis.COE_ART_10_2_REASONABLE_GROUNDS, None.class),
    EXTEND_RECOVERY_PERIOD(DECIDE_REASONABLE_GROUNDS, LegalBasis.COE_ART_13_RECOVERY_PERIOD, Extension.class),
    END_RECOVERY_PERIOD_EARLY(DECIDE_REASONABLE_GROUNDS, LegalBasis.COE_ART_13_3_EARLY_END, EarlyEnd.class),
    CONCLUSIVE_POSITIVE(DECIDE_CONCLUSIVE, LegalBasis.COE_ART_10_IDENTIFICATION, None.class),
    CONCLUSIVE_NEGATIVE(DECIDE_CONCLUSIVE, LegalBasis.COE_ART_10_IDENTIFICATION, None.class),
    REQUEST_RECONSIDERATION(NrmFunction.REFER_TO_AUTHORITY, LegalBasis.RECONSIDERATION_PROCEDURE, None.class),
    /** Needs the function of the decision under reconsideration. */
    RECONSIDERATION_UPHELD(null, LegalBasis.RECONSIDERATION_PROCEDURE, None.class),
    /** Needs the function of the decision under reconsideration. */
    RECONSIDERATION_OVERTURNED(null, LegalBasis.RECONSIDERATION_PROCEDURE, None.class),
    START_ASSISTANCE(ASSIST, LegalBasis.COE_ART_12_ASSISTANCE, None.class),
    REFER_TO_SERVICES(NrmFunction.REFER_TO_SERVICES, LegalBasis.COE_ART_12_ASSISTANCE, None.class),
    END_ASSISTANCE(ASSIST, LegalBasis.COE_ART_12_ASSISTANCE, None.class),
    RECORD_CRIMINAL_JUSTICE(null, LegalBasis.CRIMINAL_PROCEDURE, JusticeUpdate.class),
    /** Where support led; recorded by the case's own caseworkers whatever their actor type, like closing. */
    RECORD_OUTCOME(null, LegalBasis.COE_ART_12_ASSISTANCE, Exit.class),
    CLOSE(null, LegalBasis.CASE_MANAGEMENT, Closing.class);

    private final @Nullable NrmFunction function;
    private final LegalBasis defaultLegalBasis;
    private final Class<? extends CommandDetails> detailsType;

    Transition(@Nullable NrmFunction function, LegalBasis defaultLegalBasis, Class<? extends CommandDetails> detailsType) {
        this.function = function;
        this.defaultLegalBasis = defaultLegalBasis;
        this.detailsType = detailsType;
    }

    /** The function national policy must grant for this step on a case with these facts, if any. */
    public Optional<NrmFunction> function(CaseFacts facts) {
        if ((this == RECONSIDERATION_UPHELD || this == RECONSIDERATION_OVERTURNED) && facts.reconsideration() != null) {
            return Optional.of(facts.reconsideration().kind().function());
        }
        return Optional.ofNullable(function);
    }

    public LegalBasis defaultLegalBasis(CommandDetails details) {
        if (details instanceof Exit exit && exit.outcome().leavesTheCountry()) {
            return LegalBasis.COE_ART_16_RETURN;
        }
        return defaultLegalBasis;
    }

    public Class<? extends CommandDetails> detailsType() {
        return detailsType;
    }

    public String messageKey() {
        return "nrm.transition." + name();
    }
}
