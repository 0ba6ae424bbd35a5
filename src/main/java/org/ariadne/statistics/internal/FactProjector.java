package org.ariadne.statistics.internal;

import java.util.List;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.SyntheticCasesRecorded;
import org.ariadne.justice.JusticeRecorded;
import org.ariadne.referrals.NrmStepRecorded;
import org.ariadne.referrals.SyntheticHistoriesRecorded;
import org.ariadne.statistics.StatisticsSettings;
import org.ariadne.support.ServiceFeedbackGiven;
import org.ariadne.support.ServiceReferralChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The only way facts enter statistics: the anonymised events other features publish, handled in
 * the publisher's transaction, so a fact is never ahead of or behind the record it counts.
 */
@Component
public class FactProjector {

    private final CaseFactWriter cases;
    private final ServiceFactWriter services;
    private final StatisticsSettings settings;

    FactProjector(CaseFactWriter cases, ServiceFactWriter services, StatisticsSettings settings) {
        this.cases = cases;
        this.services = services;
        this.settings = settings;
    }

    @EventListener
    public void on(CaseProfileRecorded event) {
        profiles(List.of(event));
    }

    /** Synthetic demo and benchmark cases, announced in batches. */
    @EventListener
    public void on(SyntheticCasesRecorded batch) {
        profiles(batch.cases().stream().map(c -> new CaseProfileRecorded(c.caseKey(), c.personKey(), true, c.profile()))
                .toList());
    }

    /** Their histories on the referral mechanism, in batches. */
    @EventListener
    public void on(SyntheticHistoriesRecorded batch) {
        steps(batch.steps());
    }

    @EventListener
    public void on(NrmStepRecorded event) {
        steps(List.of(event));
    }

    @EventListener
    public void on(ServiceReferralChanged event) {
        referrals(List.of(event));
    }

    @EventListener
    public void on(ServiceFeedbackGiven event) {
        feedback(List.of(event));
    }

    @EventListener
    public void on(JusticeRecorded event) {
        justice(List.of(event));
    }

    /** Batches of the same events, for the synthetic generator: the same statements, fewer round trips. */
    public void profiles(List<CaseProfileRecorded> events) {
        cases.profiles(events, settings.country());
    }

    public void steps(List<NrmStepRecorded> events) {
        cases.steps(events);
    }

    public void referrals(List<ServiceReferralChanged> events) {
        services.referrals(events);
    }

    public void feedback(List<ServiceFeedbackGiven> events) {
        services.feedback(events);
    }

    public void justice(List<JusticeRecorded> events) {
        cases.justice(events);
    }
}
