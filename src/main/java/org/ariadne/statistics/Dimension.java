package org.ariadne.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.justice.NonPunishment;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.ReferralBarrier;
import org.ariadne.referrals.workflow.AssistanceStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.Cooperation;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.ServiceFeedbackGiven;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;

/**
 * What statistics can be broken down by. Each dimension counts either persons (the case facts,
 * each person once) or service referrals; a few are sets (a case can have several forms of
 * exploitation), so their cells do not add up to the number of cases.
 */
public enum Dimension {
    YEAR(Source.CASES, "YEAR(f.ref_month)", null, List.of(), "statistics.value."),
    QUARTER(Source.CASES, "CONCAT(YEAR(f.ref_month), '-Q', QUARTER(f.ref_month))", null, List.of(), "statistics.value."),
    REGION(Source.CASES, "COALESCE(f.region, 'UNKNOWN')", null, List.of(), "statistics.value."),
    IDENTIFYING_ACTOR(Source.CASES, "COALESCE(f.identifying_actor, 'UNKNOWN')", null,
            withUnknown(names(ActorType.values())), "actor-type."),
    CHANNEL(Source.CASES, "COALESCE(f.channel, 'UNKNOWN')", null, withUnknown(names(Channel.values())), "cases.channel."),
    FORM(Source.CASES, null, "f.forms", formValues(), "statistics.form."),
    AGE_BAND(Source.CASES, "COALESCE(f.age_band, 'UNKNOWN')", null, names(AgeBand.values()), "statistics.age-band."),
    CHILD(Source.CASES, "CASE WHEN f.child THEN 'CHILD' ELSE 'ADULT' END", null, List.of("CHILD", "ADULT"),
            "statistics.value."),
    SEX(Source.CASES, "COALESCE(f.sex, 'UNKNOWN')", null, names(Sex.values()), "cases.sex."),
    CITIZENSHIP(Source.CASES, "COALESCE(f.citizenship_group, 'UNKNOWN')", null, CitizenshipGroup.codes(),
            "statistics.citizenship."),
    DISABILITY(Source.CASES, "COALESCE(f.disability, 'UNKNOWN')", null, names(Disability.values()), "cases.disability."),
    STAGE(Source.CASES, "COALESCE(f.stage, 'UNKNOWN')", null, withUnknown(names(CaseStage.values())), "statistics.stage."),
    REFERRED_BY(Source.CASES, "COALESCE(f.referred_by, 'NONE')", null, withNone(names(ActorType.values())),
            "actor-type."),
    REASONABLE_GROUNDS(Source.CASES, decision("rg"), null, List.of("POSITIVE", "NEGATIVE", "NONE"), "statistics.decision."),
    CONCLUSIVE(Source.CASES, decision("cd"), null, List.of("POSITIVE", "NEGATIVE", "NONE"), "statistics.decision."),
    RG_DECIDED_BY(Source.CASES, "COALESCE(f.rg_by, 'NONE')", null, withNone(names(ActorType.values())), "actor-type."),
    DESIGNATED_BY(Source.CASES, "COALESCE(f.cd_by, 'NONE')", null, withNone(names(ActorType.values())), "actor-type."),
    COOPERATION(Source.CASES, "COALESCE(f.cooperation, 'NOT_RECORDED')", null, names(Cooperation.values()),
            "nrm.cooperation."),
    SUPPORT(Source.CASES, "CASE WHEN f.assistance IN ('ACTIVE', 'ENDED') OR f.services_received <> 0 THEN 'RECEIVED'"
            + " ELSE 'NOT_RECEIVED' END", null, List.of("RECEIVED", "NOT_RECEIVED"), "statistics.value."),
    ASSISTANCE(Source.CASES, "COALESCE(f.assistance, 'NOT_STARTED')", null, names(AssistanceStatus.values()),
            "nrm.assistance."),
    NON_PUNISHMENT(Source.CASES, "COALESCE(f.non_punishment, 'UNKNOWN')", null, withUnknown(names(NonPunishment.values())),
            "statistics.non-punishment."),
    BARRIER(Source.CASES, null, "f.barriers", names(ReferralBarrier.values()), "statistics.barrier."),
    COMPENSATION_SOURCE(Source.CASES, null, "f.comp_claimed", names(org.ariadne.justice.CompensationSource.values()),
            "statistics.compensation-source."),
    SERVICE_TYPE(Source.SERVICES, "s.service_type", null, names(ServiceType.values()), "statistics.service-type."),
    SERVICE_STATUS(Source.SERVICES, "s.status", null, names(ServiceReferralStatus.values()), "statistics.service-status."),
    DECLINE_REASON(Source.SERVICES, "COALESCE(s.decline_reason, 'NONE')", null, withNone(names(DeclineReason.values())),
            "statistics.decline-reason."),
    REFERRING_ACTOR(Source.SERVICES, "s.referring_actor", null, names(ActorType.values()), "actor-type."),
    PROVIDER(Source.SERVICES, "s.provider_actor", null, names(ActorType.values()), "actor-type."),
    CASEWORKER_RATING(Source.SERVICES, "COALESCE(CAST(s.caseworker_rating AS CHAR), 'NONE')", null, ratings(),
            "statistics.rating."),
    VICTIM_RATING(Source.SERVICES, "COALESCE(CAST(s.victim_rating AS CHAR), 'NONE')", null, ratings(),
            "statistics.rating."),
    NEEDS_MET(Source.SERVICES, "COALESCE(s.needs_met, 'NONE')", null,
            withNone(names(ServiceFeedbackGiven.NeedsMet.values())), "statistics.needs-met.");

    /** What a dimension counts. */
    public enum Source {
        /** Persons: case facts, each person once however many organisations recorded them. */
        CASES,
        /** Service referrals. */
        SERVICES
    }

    /** A pseudo-form: sexual exploitation through pornography, live streaming or facilitated online. */
    public static final String ONLINE_SEXUAL_ABUSE = "ONLINE_SEXUAL_ABUSE";

    private final Source source;
    private final String expression;
    private final String maskColumn;
    private final List<String> fixedValues;
    private final String labelPrefix;

    Dimension(Source source, String expression, String maskColumn, List<String> fixedValues, String labelPrefix) {
        this.source = source;
        this.expression = expression;
        this.maskColumn = maskColumn;
        this.fixedValues = fixedValues;
        this.labelPrefix = labelPrefix;
    }

    public Source source() {
        return source;
    }

    /** Whether a record can have several values (its cells do not add up to the number of records). */
    public boolean isSet() {
        return maskColumn != null;
    }

    /** Whether the values come from the data or the period (years, quarters, regions). */
    public boolean hasFixedValues() {
        return !fixedValues.isEmpty();
    }

    public List<String> fixedValues() {
        return fixedValues;
    }

    /** The SQL expression giving a single-valued dimension's value; null for sets. */
    public String expression() {
        return expression;
    }

    public String maskColumn() {
        return maskColumn;
    }

    /** The translation key of a value; years, quarters and regions are shown as they are. */
    public String labelKey(String value) {
        if (this == YEAR || this == QUARTER || (this == REGION && !"UNKNOWN".equals(value))) {
            return value;
        }
        if ("UNKNOWN".equals(value) || "NONE".equals(value)) {
            return "statistics.value." + value;
        }
        return labelPrefix + value;
    }

    public boolean labelIsKey(String value) {
        return !(this == YEAR || this == QUARTER || (this == REGION && !"UNKNOWN".equals(value)));
    }

    public String messageKey() {
        return "statistics.dimension." + name();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> withUnknown(List<String> values) {
        var all = new ArrayList<>(values);
        all.add("UNKNOWN");
        return List.copyOf(all);
    }

    private static List<String> withNone(List<String> values) {
        var all = new ArrayList<>(values);
        all.add("NONE");
        return List.copyOf(all);
    }

    private static List<String> formValues() {
        var all = new ArrayList<>(names(ExploitationForm.values()));
        all.add(ONLINE_SEXUAL_ABUSE);
        return List.copyOf(all);
    }

    private static List<String> ratings() {
        return List.of("1", "2", "3", "4", "5", "NONE");
    }

    private static String decision(String prefix) {
        return "CASE WHEN f." + prefix + "_positive IS NULL THEN 'NONE' WHEN f." + prefix
                + "_positive THEN 'POSITIVE' ELSE 'NEGATIVE' END";
    }
}
