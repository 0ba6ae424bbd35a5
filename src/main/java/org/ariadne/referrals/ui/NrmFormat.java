package org.ariadne.referrals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ariadne.common.Message;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.jspecify.annotations.Nullable;

/** Dates, badges and messages on the referral mechanism's screens, in the reader's language. */
final class NrmFormat {

    private NrmFormat() {
    }

    static String date(Component c, @Nullable LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    static String dateTime(Component c, Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .format(at.atZone(ZoneId.systemDefault()));
    }

    /** The interface language of the current screen. */
    static java.util.Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    static String text(Component c, Message message) {
        return message.resolve(c::getTranslation);
    }

    /** A reason as written, or the application's own reason translated. */
    static String reason(Component c, @Nullable String reason) {
        if (reason == null) {
            return "";
        }
        return reason.startsWith("#") ? c.getTranslation(reason.substring(1)) : reason;
    }

    static Span badge(String text, String theme) {
        var span = new Span(text);
        span.getElement().getThemeList().add("badge " + theme);
        return span;
    }

    static Span status(Component c, DeadlineStatus status) {
        String theme = switch (status) {
            case ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case OVERDUE -> "error primary";
        };
        return badge(c.getTranslation("nrm.deadline-status." + status.name()), theme);
    }
}
