package org.ariadne.cases.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.PersonData;

/** Read-only presentation of a case's sections, used by the review step and the details view. */
class CaseFacts extends Div {

    private final DateTimeFormatter dates;

    CaseFacts() {
        addClassName("case-facts");
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
    }

    CaseFacts person(PersonData p) {
        var list = section("cases.step.person");
        term(list, "cases.person.name", p.name());
        term(list, "cases.person.aliases", p.aliases());
        term(list, "cases.person.date-of-birth", p.dateOfBirth() == null ? null : dates.format(p.dateOfBirth()));
        term(list, "cases.person.estimated-age", p.estimatedAge() == null ? null : p.estimatedAge().toString());
        term(list, "cases.person.age-disputed", yesNo(p.ageDisputed()));
        term(list, "cases.person.sex", CaseLabels.of(this, "cases.sex.", p.sex()));
        term(list, "cases.person.citizenships", CaseLabels.countries(this, p.citizenships()));
        term(list, "cases.person.languages", p.languages().stream().map(c -> CaseLabels.language(this, c))
                .collect(Collectors.joining(", ")));
        term(list, "cases.person.disability", CaseLabels.of(this, "cases.disability.", p.disability()));
        term(list, "cases.person.pregnant", yesNo(p.pregnant()));
        term(list, "cases.person.documents", p.identityDocuments());
        term(list, "cases.person.contact", p.contact());
        return this;
    }

    CaseFacts encounter(EncounterData e) {
        var list = section("cases.step.encounter");
        term(list, "cases.encounter.date", e.date() == null ? null : dates.format(e.date()));
        term(list, "cases.encounter.channel", CaseLabels.of(this, "cases.channel.", e.channel()));
        term(list, "cases.encounter.region", e.region());
        term(list, "cases.encounter.municipality", e.municipality());
        return this;
    }

    CaseFacts exploitation(ExploitationData x) {
        var list = section("cases.step.exploitation");
        term(list, "cases.exploitation.forms", CaseLabels.all(this, "cases.form.", x.forms()));
        if (!x.sexualTypes().isEmpty()) {
            term(list, "cases.exploitation.sexual-types", CaseLabels.all(this, "cases.sexual.", x.sexualTypes()));
        }
        term(list, "cases.exploitation.technology", yesNo(x.technologyFacilitated()));
        if (x.technologyFacilitated()) {
            term(list, "cases.exploitation.platforms", x.platforms());
        }
        if (x.economicSector() != null) {
            term(list, "cases.exploitation.sector", CaseLabels.of(this, "cases.sector.", x.economicSector()));
        }
        term(list, "cases.exploitation.recruitment", CaseLabels.countries(this, x.recruitmentCountries()));
        term(list, "cases.exploitation.transit", CaseLabels.countries(this, x.transitCountries()));
        term(list, "cases.exploitation.exploitation", CaseLabels.countries(this, x.exploitationCountries()));
        term(list, "cases.exploitation.narrative", x.narrative());
        return this;
    }

    private DescriptionList section(String titleKey) {
        var list = new DescriptionList();
        add(new H3(getTranslation(titleKey)), list);
        return list;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        String shown = value == null || value.isBlank() ? getTranslation("cases.details.not-recorded") : value;
        var description = new DescriptionList.Description(shown);
        if (value == null || value.isBlank()) {
            description.addClassName("not-recorded");
        }
        list.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "cases.details.yes" : "cases.details.no");
    }
}
