package org.ariadne.support.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.ariadne.base.ui.LazyContent;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseSection;
import org.ariadne.cases.CaseStatus;
import org.ariadne.support.SupportService;

/** The "Support" tab of a submitted case: its service referrals, for every reader of the case. */
@org.springframework.stereotype.Component
class SupportSection implements CaseSection {

    private final SupportService support;

    SupportSection(SupportService support) {
        this.support = support;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "support.section.title";
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        if (details.status() == CaseStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of(new LazyContent(() -> new ServiceReferralsPanel(support, details.code())));
    }
}
