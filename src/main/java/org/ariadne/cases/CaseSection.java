package org.ariadne.cases;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A tab another feature adds to the case details screen (the referral mechanism, support, criminal
 * justice, the timeline). Implementations are Spring beans; the screen shows them in {@link #order()}
 * after its own tabs. Each section reads through its own feature's service, which checks access and
 * audits the read, and answers empty when the reader has nothing to see there.
 */
public interface CaseSection {

    int order();

    /** The message key of the tab's title. */
    String titleKey();

    Optional<Component> create(CaseDetails details);
}
