package org.ariadne.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.organisations.ActorType;
import org.ariadne.statistics.disclosure.DisclosureControl;
import org.ariadne.statistics.disclosure.DisclosureNote;
import org.ariadne.statistics.disclosure.DisclosureRules;
import org.ariadne.statistics.internal.FactQueries;
import org.ariadne.statistics.internal.FactQueries.Condition;
import org.jspecify.annotations.Nullable;

/** Builds the dashboard's tables for one or two periods as one publication. */
final class DashboardBuilder {

    static final String ACTORS = "actors";
    static final String SEX_BY_FORM = "sex-by-form";
    static final String CHILDREN = "children";
    static final String DISABILITY = "disability";
    static final String REASONABLE_GROUNDS = "reasonable-grounds";
    static final String CONCLUSIVE = "conclusive";
    static final String SUPPORT = "support";
    static final String SERVICES = "services";
    static final String DECLINES = "declines";
    static final String SATISFACTION = "satisfaction";
    static final String VICTIM_RATING = "victim-rating";
    static final String FEEDBACK = "feedback";
    static final String FORMS_BY_YEAR = "forms-by-year";
    static final String REFERRING = "referring";
    static final String NON_PUNISHMENT = "non-punishment";
    static final String BARRIERS = "barriers";
    static final String BARRIER_PERSONS = "barrier-persons";
    static final String COMPENSATION = "compensation";

    static final List<String> ACTOR_GROUPS = List.of("LAW_ENFORCEMENT", "NGO", "OTHER_ACTORS");
    static final List<String> DISABILITY_GROUPS = List.of("WITH_DISABILITY", "WITHOUT_DISABILITY", "UNKNOWN");

    private static final String RG_DAYS = "rg_days";
    private static final String CD_DAYS = "cd_days";

    private final FactQueries facts;
    private final Publication.Counter counter;
    private final DisclosureControl control;

    DashboardBuilder(FactQueries facts, Publication.Counter counter, DisclosureControl control) {
        this.facts = facts;
        this.counter = counter;
        this.control = control;
    }

    Dashboard build(StatisticsQuery query, @Nullable StatisticsQuery comparison) {
        var pub = new Publication(facts, counter, control);
        Map<String, Integer> a = add(pub, query, "");
        if (comparison != null) {
            Map<String, Integer> b = add(pub, comparison, "@2");
            Period ta = trend(query.period());
            Period tb = trend(comparison.period());
            for (int y = Math.max(ta.from().getYear(), tb.from().getYear());
                 y <= Math.min(ta.to().getYear(), tb.to().getYear()); y++) {
                pub.sameRow(a.get(FORMS_BY_YEAR), y - ta.from().getYear(), b.get(FORMS_BY_YEAR), y - tb.from().getYear());
            }
        }
        Map<String, Breakdown> all = pub.protect();
        Map<String, Breakdown> current = new LinkedHashMap<>();
        Map<String, Breakdown> previous = new LinkedHashMap<>();
        all.forEach((id, table) -> {
            if (id.endsWith("@2")) {
                previous.put(id.substring(0, id.length() - 2), table);
            } else {
                current.put(id, table);
            }
        });
        DisclosureNote note = all.values().stream().map(t -> t.table().note())
                .reduce(DisclosureNote::plus).orElseThrow();
        int k = control.rules().k();
        return new Dashboard(query, comparison, current, previous,
                DecisionTimes.of(pub.histogram(RG_DAYS), current.get(REASONABLE_GROUNDS).total(), k),
                DecisionTimes.of(pub.histogram(CD_DAYS), current.get(CONCLUSIVE).total(), k),
                comparison == null ? null : DecisionTimes.of(pub.histogram(RG_DAYS + "@2"),
                        previous.get(REASONABLE_GROUNDS).total(), k),
                comparison == null ? null : DecisionTimes.of(pub.histogram(CD_DAYS + "@2"),
                        previous.get(CONCLUSIVE).total(), k),
                note);
    }

    /** What the dashboard of a query counts, without counting it (for the scheduled refresh of summaries). */
    static List<FactQueries.Request> requests(FactQueries facts, StatisticsQuery query) {
        // Nothing is counted or published here, so the rules of disclosure control are never applied.
        var pub = new Publication(facts, requests -> List.of(), new DisclosureControl(new DisclosureRules(2, 0)));
        add(pub, query, "");
        return pub.requests();
    }

    /** Adds one period's tables; returns their indices by id. */
    static Map<String, Integer> add(Publication pub, StatisticsQuery query, String suffix) {
        Map<String, Integer> t = new LinkedHashMap<>();
        Period trend = trend(query.period());
        t.put(FORMS_BY_YEAR, pub.table(FORMS_BY_YEAR + suffix, Dimension.YEAR, Dimension.FORM,
                new StatisticsQuery(trend, query.region()), Basis.REFERENCE_MONTH));
        t.put(ACTORS, pub.grouped(ACTORS + suffix, Dimension.IDENTIFYING_ACTOR, query, Basis.REFERENCE_MONTH,
                ACTOR_GROUPS, DashboardBuilder::actorGroup));
        t.put(SEX_BY_FORM, pub.table(SEX_BY_FORM + suffix, Dimension.SEX, Dimension.FORM, query, Basis.REFERENCE_MONTH));
        t.put(CHILDREN, pub.table(CHILDREN + suffix, Dimension.CHILD, Dimension.AGE_BAND, query, Basis.REFERENCE_MONTH));
        t.put(DISABILITY, pub.grouped(DISABILITY + suffix, Dimension.DISABILITY, query, Basis.REFERENCE_MONTH,
                DISABILITY_GROUPS, DashboardBuilder::disabilityGroup));
        t.put(SUPPORT, pub.table(SUPPORT + suffix, Dimension.COOPERATION, Dimension.SUPPORT, query, Basis.REFERENCE_MONTH));
        pub.sameTotal(t.get(ACTORS), t.get(CHILDREN), t.get(DISABILITY), t.get(SUPPORT));
        t.put(REASONABLE_GROUNDS, pub.table(REASONABLE_GROUNDS + suffix, Dimension.REASONABLE_GROUNDS,
                Dimension.RG_DECIDED_BY, query, Basis.REASONABLE_GROUNDS_MONTH));
        t.put(CONCLUSIVE, pub.table(CONCLUSIVE + suffix, Dimension.CONCLUSIVE, Dimension.DESIGNATED_BY, query,
                Basis.CONCLUSIVE_MONTH));
        t.put(SERVICES, pub.table(SERVICES + suffix, Dimension.SERVICE_TYPE, Dimension.SERVICE_STATUS, query,
                Basis.SERVICE_MONTH));
        t.put(DECLINES, pub.table(DECLINES + suffix, Dimension.SERVICE_TYPE, Dimension.DECLINE_REASON, query,
                Basis.SERVICE_MONTH, Condition.DECLINED));
        pub.rowTotalsAreColumn(t.get(DECLINES), t.get(SERVICES),
                Dimension.SERVICE_STATUS.fixedValues().indexOf("DECLINED"));
        t.put(SATISFACTION, pub.table(SATISFACTION + suffix, Dimension.SERVICE_TYPE, Dimension.CASEWORKER_RATING, query,
                Basis.SERVICE_MONTH, Condition.RATED_BY_CASEWORKER));
        t.put(VICTIM_RATING, pub.table(VICTIM_RATING + suffix, Dimension.SERVICE_TYPE, Dimension.VICTIM_RATING, query,
                Basis.SERVICE_MONTH, Condition.RATED_BY_VICTIM));
        t.put(FEEDBACK, pub.table(FEEDBACK + suffix, Dimension.SERVICE_TYPE, Dimension.NEEDS_MET, query,
                Basis.SERVICE_MONTH, Condition.FEEDBACK_GIVEN));
        t.put(REFERRING, pub.table(REFERRING + suffix, null, Dimension.REFERRING_ACTOR, query, Basis.SERVICE_MONTH));
        pub.sameTotal(t.get(SERVICES), t.get(REFERRING));
        t.put(NON_PUNISHMENT, pub.table(NON_PUNISHMENT + suffix, null, Dimension.NON_PUNISHMENT, query,
                Basis.REFERENCE_MONTH, Condition.LINKED_OFFENCES));
        t.put(BARRIERS, pub.table(BARRIERS + suffix, null, Dimension.BARRIER, query, Basis.REFERENCE_MONTH,
                Condition.BARRIERS_GIVEN));
        t.put(BARRIER_PERSONS, pub.table(BARRIER_PERSONS + suffix, null, Dimension.CHILD, query, Basis.REFERENCE_MONTH,
                Condition.BARRIERS_GIVEN));
        t.put(COMPENSATION, pub.compensation(COMPENSATION + suffix, query));
        pub.histogram(RG_DAYS + suffix, RG_DAYS, query, Basis.REASONABLE_GROUNDS_MONTH);
        pub.histogram(CD_DAYS + suffix, CD_DAYS, query, Basis.CONCLUSIVE_MONTH);
        linkToTrend(pub, query.period(), t.get(SEX_BY_FORM), t.get(FORMS_BY_YEAR), trend);
        return t;
    }

    /** The trend's row for a whole-year period is that period's forms marginal: the same figures. */
    private static void linkToTrend(Publication pub, Period period, int sexByForm, int formsByYear, Period trend) {
        if (period.isYear()) {
            pub.columnTotalsAreRow(sexByForm, formsByYear, period.from().getYear() - trend.from().getYear());
        } else if (period.equals(trend)) {
            pub.sameColumnTotals(sexByForm, formsByYear);
        }
    }

    /**
     * Whole years: the five years before a period within one year up to its year, or the years a
     * longer period spans. Either way a trend row is the period's marginal, or contains it only in
     * part, or the trend's totals are the marginal: never an undeclared sum of published figures.
     */
    static Period trend(Period period) {
        int last = period.to().getYear();
        int first = period.from().getYear() == last ? last - 5 : period.from().getYear();
        return new Period(java.time.YearMonth.of(first, 1), java.time.YearMonth.of(last, 12));
    }

    static String actorGroup(String actor) {
        if ("NGO".equals(actor)) {
            return "NGO";
        }
        if (!"UNKNOWN".equals(actor) && ActorType.valueOf(actor).isLawEnforcement()) {
            return "LAW_ENFORCEMENT";
        }
        return "OTHER_ACTORS";
    }

    static String disabilityGroup(String disability) {
        return switch (disability) {
            case "NONE" -> "WITHOUT_DISABILITY";
            case "UNKNOWN" -> "UNKNOWN";
            default -> "WITH_DISABILITY";
        };
    }
}
