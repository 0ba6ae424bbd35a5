package org.ariadne.referrals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseSection;
import org.ariadne.referrals.CaseTimeline;
import org.ariadne.referrals.TimelineEntry;

/** The "Timeline" tab: every event of the case in order, with who, for which organisation, why and on what basis. */
@org.springframework.stereotype.Component
class TimelineSection implements CaseSection {

    private final CaseTimeline timeline;

    TimelineSection(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String titleKey() {
        return "nrm.timeline.title";
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        var list = new Div();
        list.addClassName("timeline");
        list.setId("case-timeline");
        // built each time the tab is shown, so steps taken on another tab appear at once
        list.addAttachListener(e -> {
            list.removeAll();
            for (TimelineEntry entry : timeline.of(details.code()).reversed()) {
                list.add(entry(list, entry, details));
            }
        });
        return Optional.of(list);
    }

    private static Div entry(Div c, TimelineEntry e, CaseDetails details) {
        var title = new Span(NrmFormat.text(c, e.title()));
        title.addClassName("timeline-title");
        String who = e.actorType() == null ? c.getTranslation("nrm.timeline.who", e.username(), e.organisationName())
                : c.getTranslation("nrm.timeline.who-as", e.username(), e.organisationName(),
                c.getTranslation("actor-type." + e.actorType().name()));
        var meta = new Span(NrmFormat.dateTime(c, e.at()) + " · " + who);
        meta.addClassName("timeline-meta");
        var entry = new Div(title, meta);
        entry.addClassName("timeline-entry");
        if (e.reason() != null && !e.reason().isBlank()) {
            entry.add(new Paragraph(NrmFormat.reason(c, e.reason())));
        }
        if (e.detail() != null) {
            var detail = new Span(NrmFormat.text(c, e.detail()));
            detail.addClassName("timeline-detail");
            entry.add(detail);
        }
        if (e.noticeStep() != null) {
            var notice = new Anchor("cases/" + details.code().value() + "/notice/" + e.noticeStep(),
                    c.getTranslation("nrm.notice.open"));
            notice.addClassName("timeline-notice");
            entry.add(notice);
        }
        return entry;
    }
}
