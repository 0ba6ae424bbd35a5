package org.ariadne.justice.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.ariadne.base.ui.LazyContent;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseSection;
import org.ariadne.cases.CaseStatus;
import org.ariadne.justice.JusticeService;

/** Adds the "Criminal justice" tab to submitted cases; reading it is an audited read of the case. */
@org.springframework.stereotype.Component
class JusticeSection implements CaseSection {

    private final JusticeService justice;

    JusticeSection(JusticeService justice) {
        this.justice = justice;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "justice.section.title";
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        if (details.status() == CaseStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of(new LazyContent(() -> new JusticePanel(justice, justice.read(details.code()))));
    }
}
