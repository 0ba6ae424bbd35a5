package org.ariadne.statistics;

import static org.ariadne.statistics.DashboardBuilder.ACTORS;
import static org.ariadne.statistics.DashboardBuilder.ACTOR_GROUPS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.statistics.Indicator.Kind;
import org.ariadne.statistics.IndicatorLine.Unit;
import org.ariadne.statistics.disclosure.Shown;

/**
 * The OSCE survey's CASE indicators (survey-indicators.md) from one period's protected tables, and
 * the JUR facts from the national policy profile. Every figure is read from a protected table, and
 * shares are computed from published figures only, so no indicator says more than its tables.
 */
final class IndicatorCalculator {

    static final List<String> CODES = List.of("ID_BY_ACTOR", "DESIGNATED_BY", "REFERRED_BY", "FORMS", "NEWBORN",
            "DISABILITY", "CHILDREN", "SEX", "SUPPORT_UNCONDITIONAL", "SERVICE_ACCESS", "SERVICE_SATISFACTION",
            "VICTIM_FEEDBACK", "NON_PUNISHMENT", "COMPENSATION", "BARRIERS", "TIME_TO_DECISION");
    static final List<String> HEADLINE_FORMS = List.of("FORCED_CRIMINALITY", "FORCED_BEGGING", "SHAM_MARRIAGE",
            Dimension.ONLINE_SEXUAL_ABUSE);

    private final Dashboard d;
    private final PolicyProfile policy;

    IndicatorCalculator(Dashboard dashboard, PolicyProfile policy) {
        this.d = dashboard;
        this.policy = policy;
    }

    List<Indicator> all() {
        return List.of(idByActor(), designatedBy(), referredBy(), forms(), newborn(), disability(), children(), sex(),
                supportUnconditional(), serviceAccess(), satisfaction(), victimFeedback(), nonPunishment(),
                compensation(), barriers(), timeToDecision());
    }

    private Indicator idByActor() {
        Breakdown t = d.table(ACTORS);
        List<IndicatorLine> lines = new ArrayList<>();
        for (String group : ACTOR_GROUPS) {
            lines.add(IndicatorLine.share("ID_BY_ACTOR", group, "statistics.value." + group, t.row(group), t.total()));
        }
        Shown le = t.row("LAW_ENFORCEMENT");
        Shown rest = le.suppressed() || t.total().suppressed() ? Shown.SUPPRESSED
                : new Shown(t.total().orElse(0) - le.orElse(0));
        lines.add(IndicatorLine.share("ID_BY_ACTOR", "NGO_OF_REST", "statistics.item.ngo-of-rest", t.row("NGO"), rest));
        for (String actor : t.columnValues()) {
            lines.add(IndicatorLine.share("ID_BY_ACTOR", actor, Dimension.IDENTIFYING_ACTOR.labelKey(actor),
                    t.column(actor), t.total()));
        }
        return caseIndicator("ID_BY_ACTOR", lines);
    }

    private Indicator designatedBy() {
        Breakdown t = d.table(DashboardBuilder.CONCLUSIVE);
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(IndicatorLine.share("DESIGNATED_BY", "POSITIVE", "statistics.item.positive-conclusive",
                t.row("POSITIVE"), t.total()));
        for (String actor : t.columnValues()) {
            if (!"NONE".equals(actor)) {
                lines.add(IndicatorLine.share("DESIGNATED_BY", actor, Dimension.DESIGNATED_BY.labelKey(actor),
                        t.column(actor), t.total()));
            }
        }
        Set<ActorType> allowed = policy.actorTypesFor(NrmFunction.DECIDE_CONCLUSIVE);
        return jurIndicator("DESIGNATED_BY", lines, List.of(
                new JurFact("statistics.jur.allowed.DECIDE_CONCLUSIVE", names(allowed)),
                JurFact.of(onlyLawEnforcement(allowed) ? "statistics.jur.only-law-enforcement.yes"
                        : "statistics.jur.only-law-enforcement.no"),
                JurFact.of(allowed.contains(ActorType.LABOUR_INSPECTORATE) ? "statistics.jur.labour-inspectors.yes"
                        : "statistics.jur.labour-inspectors.no")));
    }

    private Indicator referredBy() {
        Breakdown t = d.table(DashboardBuilder.REFERRING);
        List<IndicatorLine> lines = new ArrayList<>();
        for (String actor : t.columnValues()) {
            lines.add(IndicatorLine.share("REFERRED_BY", actor, Dimension.REFERRING_ACTOR.labelKey(actor),
                    t.column(actor), t.total()));
        }
        Set<ActorType> allowed = policy.actorTypesFor(NrmFunction.REFER_TO_SERVICES);
        return jurIndicator("REFERRED_BY", lines, List.of(
                new JurFact("statistics.jur.allowed.REFER_TO_SERVICES", names(allowed)),
                JurFact.of(onlyLawEnforcement(allowed) ? "statistics.jur.only-law-enforcement.yes"
                        : "statistics.jur.only-law-enforcement.no")));
    }

    private Indicator forms() {
        Breakdown t = d.table(DashboardBuilder.SEX_BY_FORM);
        Shown cases = d.cases();
        List<IndicatorLine> lines = new ArrayList<>();
        List<String> order = new ArrayList<>(HEADLINE_FORMS);
        t.columnValues().stream().filter(f -> !order.contains(f)).forEach(order::add);
        for (String form : order) {
            lines.add(IndicatorLine.share("FORMS", form, Dimension.FORM.labelKey(form), t.column(form), cases));
        }
        return caseIndicator("FORMS", lines);
    }

    private Indicator newborn() {
        Breakdown t = d.table(DashboardBuilder.SEX_BY_FORM);
        return caseIndicator("NEWBORN", List.of(IndicatorLine.share("NEWBORN", "SALE_OF_NEWBORNS",
                Dimension.FORM.labelKey("SALE_OF_NEWBORNS"), t.column("SALE_OF_NEWBORNS"), d.cases())));
    }

    private Indicator disability() {
        Breakdown t = d.table(DashboardBuilder.DISABILITY);
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(IndicatorLine.share("DISABILITY", "WITH_DISABILITY", "statistics.value.WITH_DISABILITY",
                t.row("WITH_DISABILITY"), t.total()));
        for (String type : t.columnValues()) {
            if (!"NONE".equals(type) && !"UNKNOWN".equals(type)) {
                lines.add(IndicatorLine.share("DISABILITY", type, Dimension.DISABILITY.labelKey(type), t.column(type),
                        t.total()));
            }
        }
        lines.add(IndicatorLine.share("DISABILITY", "UNKNOWN", "statistics.value.UNKNOWN", t.row("UNKNOWN"), t.total()));
        return caseIndicator("DISABILITY", lines);
    }

    private Indicator children() {
        Breakdown t = d.table(DashboardBuilder.CHILDREN);
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(IndicatorLine.share("CHILDREN", "CHILD", "statistics.value.CHILD", t.row("CHILD"), t.total()));
        for (String band : t.columnValues()) {
            lines.add(IndicatorLine.share("CHILDREN", band, Dimension.AGE_BAND.labelKey(band), t.column(band), t.total()));
        }
        return caseIndicator("CHILDREN", lines);
    }

    private Indicator sex() {
        Breakdown t = d.table(DashboardBuilder.SEX_BY_FORM);
        return caseIndicator("SEX", List.of(
                IndicatorLine.share("SEX", "FEMALE_SEXUAL", "statistics.item.female-sexual",
                        t.cell("FEMALE", "SEXUAL_EXPLOITATION"), t.column("SEXUAL_EXPLOITATION")),
                IndicatorLine.share("SEX", "MALE_LABOUR", "statistics.item.male-labour",
                        t.cell("MALE", "FORCED_LABOUR"), t.column("FORCED_LABOUR"))));
    }

    private Indicator supportUnconditional() {
        Breakdown t = d.table(DashboardBuilder.SUPPORT);
        List<IndicatorLine> lines = new ArrayList<>();
        for (String cooperation : t.rowValues()) {
            lines.add(IndicatorLine.share("SUPPORT_UNCONDITIONAL", cooperation,
                    "statistics.item.support-when." + cooperation, t.cell(cooperation, "RECEIVED"), t.row(cooperation)));
        }
        return jurIndicator("SUPPORT_UNCONDITIONAL", lines, List.of(JurFact.of("statistics.jur.not-in-profile"),
                JurFact.of("statistics.jur.support-by-design")));
    }

    private Indicator serviceAccess() {
        Breakdown declines = d.table(DashboardBuilder.DECLINES);
        Breakdown services = d.table(DashboardBuilder.SERVICES);
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(IndicatorLine.share("SERVICE_ACCESS", "DECLINED", "statistics.item.declined", declines.total(),
                services.total()));
        for (String reason : declines.columnValues()) {
            lines.add(IndicatorLine.share("SERVICE_ACCESS", reason, Dimension.DECLINE_REASON.labelKey(reason),
                    declines.column(reason), declines.total()));
        }
        return caseIndicator("SERVICE_ACCESS", lines);
    }

    private Indicator satisfaction() {
        List<IndicatorLine> lines = new ArrayList<>();
        ratings(lines, d.table(DashboardBuilder.SATISFACTION), "CASEWORKER");
        ratings(lines, d.table(DashboardBuilder.VICTIM_RATING), "PERSON");
        return caseIndicator("SERVICE_SATISFACTION", lines);
    }

    /** Average rating per service, published only when no count of its row is hidden (else it would give one away). */
    private static void ratings(List<IndicatorLine> lines, Breakdown t, String rater) {
        for (String service : t.rowValues()) {
            Shown rated = t.row(service);
            Double average = null;
            long sum = 0;
            long n = 0;
            boolean complete = true;
            for (int stars = 1; stars <= 5; stars++) {
                Shown c = t.cell(service, Integer.toString(stars));
                complete &= !c.suppressed();
                sum += stars * c.orElse(0);
                n += c.orElse(0);
            }
            if (complete && n > 0) {
                average = Math.round(10.0 * sum / n) / 10.0;
            }
            lines.add(new IndicatorLine("SERVICE_SATISFACTION", rater + ":" + service,
                    "statistics.item.rating-by." + rater, average, Unit.RATING, rated, null));
        }
    }

    private Indicator victimFeedback() {
        Breakdown t = d.table(DashboardBuilder.FEEDBACK);
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(IndicatorLine.share("VICTIM_FEEDBACK", "ALL", "statistics.item.needs-met-all", t.column("YES"),
                t.total()));
        for (String service : t.rowValues()) {
            lines.add(IndicatorLine.share("VICTIM_FEEDBACK", service, Dimension.SERVICE_TYPE.labelKey(service),
                    t.cell(service, "YES"), t.row(service)));
        }
        return caseIndicator("VICTIM_FEEDBACK", lines);
    }

    private Indicator nonPunishment() {
        Breakdown t = d.table(DashboardBuilder.NON_PUNISHMENT);
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(IndicatorLine.count("NON_PUNISHMENT", "CHARGED", "statistics.item.charged", t.total()));
        for (String status : t.columnValues()) {
            lines.add(IndicatorLine.share("NON_PUNISHMENT", status, Dimension.NON_PUNISHMENT.labelKey(status),
                    t.column(status), t.total()));
        }
        return jurIndicator("NON_PUNISHMENT", lines, List.of(JurFact.of("statistics.jur.not-in-profile")));
    }

    private Indicator compensation() {
        Breakdown t = d.table(DashboardBuilder.COMPENSATION);
        List<IndicatorLine> lines = new ArrayList<>();
        for (String step : t.rowValues()) {
            for (String source : t.columnValues()) {
                lines.add(IndicatorLine.count("COMPENSATION", step + ":" + source,
                        "statistics.item.compensation." + step, t.cell(step, source)));
            }
        }
        return jurIndicator("COMPENSATION", lines, List.of(JurFact.of("statistics.jur.not-in-profile")));
    }

    private Indicator barriers() {
        Breakdown t = d.table(DashboardBuilder.BARRIERS);
        Shown persons = d.table(DashboardBuilder.BARRIER_PERSONS).total();
        List<IndicatorLine> lines = new ArrayList<>();
        lines.add(IndicatorLine.count("BARRIERS", "PERSONS", "statistics.item.barrier-persons", persons));
        for (String barrier : t.columnValues()) {
            lines.add(IndicatorLine.share("BARRIERS", barrier, Dimension.BARRIER.labelKey(barrier), t.column(barrier),
                    persons));
        }
        return caseIndicator("BARRIERS", lines);
    }

    private Indicator timeToDecision() {
        List<IndicatorLine> lines = new ArrayList<>();
        times(lines, "REASONABLE_GROUNDS", d.reasonableGrounds());
        times(lines, "CONCLUSIVE", d.conclusive());
        return caseIndicator("TIME_TO_DECISION", lines);
    }

    private static void times(List<IndicatorLine> lines, String decision, DecisionTimes t) {
        lines.add(new IndicatorLine("TIME_TO_DECISION", decision + ":MEDIAN", "statistics.item.median." + decision,
                t.medianDays() == null ? null : t.medianDays().doubleValue(), Unit.DAYS, t.decisions(), null));
        lines.add(new IndicatorLine("TIME_TO_DECISION", decision + ":P90", "statistics.item.p90." + decision,
                t.p90Days() == null ? null : t.p90Days().doubleValue(), Unit.DAYS, t.decisions(), null));
    }

    private static Indicator caseIndicator(String code, List<IndicatorLine> lines) {
        return new Indicator(code, Kind.CASE, lines, List.of(), "statistics.method." + code, null);
    }

    private static Indicator jurIndicator(String code, List<IndicatorLine> lines, List<JurFact> facts) {
        return new Indicator(code, Kind.JUR_AND_CASE, lines, facts, "statistics.method." + code, null);
    }

    private static boolean onlyLawEnforcement(Set<ActorType> allowed) {
        return !allowed.isEmpty() && allowed.stream().allMatch(t -> t.isLawEnforcement()
                || t == ActorType.COMPETENT_AUTHORITY);
    }

    private static List<String> names(Set<ActorType> types) {
        return types.stream().sorted().map(Enum::name).toList();
    }
}
