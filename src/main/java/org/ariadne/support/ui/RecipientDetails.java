package org.ariadne.support.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.stream.Collectors;
import org.ariadne.cases.ServiceRecipient;
import org.jspecify.annotations.Nullable;

/** The person as a provider may see them through an accepted referral, and what they need. */
class RecipientDetails extends Div {

    RecipientDetails(ServiceRecipient p, String needs) {
        addClassName("case-facts");
        addClassName("recipient-details");
        var person = section("support.provider.person");
        term(person, "cases.person.name", p.name());
        term(person, "cases.person.aliases", p.aliases());
        term(person, "support.provider.age", p.age() == null ? null : getTranslation(p.child()
                ? "support.provider.age-child" : "support.provider.age-adult", p.age()));
        term(person, "cases.person.sex", p.sex() == null ? null : getTranslation("cases.sex." + p.sex().name()));
        term(person, "cases.person.languages", p.languages().stream().map(SupportLabels::language)
                .collect(Collectors.joining(", ")));
        term(person, "cases.person.citizenships", p.citizenships().stream().map(SupportLabels::country)
                .collect(Collectors.joining(", ")));
        term(person, "cases.person.disability", p.disability() == null ? null
                : getTranslation("cases.disability." + p.disability().name()));
        term(person, "cases.person.pregnant", getTranslation(p.pregnant() ? "support.yes" : "support.no"));
        term(person, "cases.person.contact", p.contact());
        term(person, "support.provider.case-holder", p.ownerName());
        var service = section("support.provider.service");
        term(service, "support.needs", needs);
        term(service, "support.provider.case-code", p.code().value());
    }

    private DescriptionList section(String titleKey) {
        var list = new DescriptionList();
        add(new H3(getTranslation(titleKey)), list);
        return list;
    }

    private void term(DescriptionList list, String labelKey, @Nullable String value) {
        boolean missing = value == null || value.isBlank();
        var description = new DescriptionList.Description(missing ? getTranslation("cases.details.not-recorded") : value);
        if (missing) {
            description.addClassName("not-recorded");
        }
        list.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }
}
