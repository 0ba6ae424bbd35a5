package org.ariadne.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.ariadne.organisations.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what other features learn from a saved case: that it was recorded, and its anonymised profile. */
@Component
class CaseEvents {

    private final ApplicationEventPublisher events;
    private final StatisticsKeys keys;

    CaseEvents(ApplicationEventPublisher events, StatisticsKeys keys) {
        this.events = events;
        this.keys = keys;
    }

    void saved(CaseDetails details, boolean submittedNow, Actor by) {
        if (details.status() == CaseStatus.DRAFT) {
            return;
        }
        events.publishEvent(new CaseRecorded(details.code(), details.child(), submittedNow, by));
        profile(details);
    }

    /** The profile again, e.g. after the identity was erased: the person key goes with it. */
    void profile(CaseDetails details) {
        if (details.status() == CaseStatus.DRAFT) {
            return;
        }
        events.publishEvent(new CaseProfileRecorded(keys.caseKey(details.code()), keys.personKey(details.person()),
                details.synthetic(), profileOf(details)));
    }

    static StatisticalProfile profileOf(CaseDetails d) {
        PersonData p = d.person();
        EncounterData e = d.encounter();
        LocalDate reference = e.date() != null ? e.date() : LocalDate.ofInstant(d.createdAt(), ZoneId.systemDefault());
        Integer age = AgeRule.ageAt(p.dateOfBirth(), p.estimatedAge(), reference);
        ExploitationData x = d.exploitation();
        return new StatisticalProfile(YearMonth.from(reference), d.identifyingActorType(), e.channel(), x.forms(),
                x.sexualTypes(), x.technologyFacilitated(), x.economicSector(), AgeBand.of(age), d.child(),
                p.ageDisputed(), p.sex(), p.citizenships().isEmpty() ? null : p.citizenships().getFirst(),
                p.disability(), p.pregnant(), e.region() == null ? "" : e.region());
    }
}
