package org.ariadne.referrals.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.ariadne.base.ui.LazyContent;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseSection;


/** The "Referral mechanism" tab of the case details screen. */
@org.springframework.stereotype.Component
class NrmSection implements CaseSection {

    private final NrmScreens screens;

    NrmSection(NrmScreens screens) {
        this.screens = screens;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "nrm.section.title";
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        return Optional.of(new LazyContent(() -> new NrmPanel(screens, details)));
    }
}
