package org.ariadne.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.ariadne.support.ServiceReferralStatus;
import org.jspecify.annotations.Nullable;

/** Translated labels, dates and status badges shared by the support screens. */
final class SupportLabels {

    private SupportLabels() {
    }

    static Span status(Component source, ServiceReferralStatus status) {
        var badge = new Span(source.getTranslation(status.messageKey()));
        badge.getElement().getThemeList().add(switch (status) {
            case PENDING -> "badge";
            case ACCEPTED, DELIVERING -> "badge success";
            case DECLINED, REVOKED -> "badge error";
            case COMPLETED -> "badge contrast";
        });
        badge.addClassName("referral-status");
        return badge;
    }

    static String date(@Nullable LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** "12 Dec 2026 – 20 Dec 2026"; an open end only while the service is being delivered. */
    static String period(Component source, @Nullable LocalDate start, @Nullable LocalDate end,
                         ServiceReferralStatus status) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return status == ServiceReferralStatus.DELIVERING
                    ? source.getTranslation("support.delivery.period", date(start),
                            source.getTranslation("support.delivery.ongoing"))
                    : source.getTranslation("support.delivery.from", date(start));
        }
        return source.getTranslation("support.delivery.period", date(start), date(end));
    }

    static String country(String code) {
        return Locale.of("", code).getDisplayCountry(locale());
    }

    static String language(String code) {
        return Locale.of(code).getDisplayLanguage(locale());
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
