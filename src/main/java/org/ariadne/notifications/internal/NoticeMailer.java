package org.ariadne.notifications.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ariadne.base.InvalidSettingException;
import org.ariadne.base.SafeLog;
import org.ariadne.base.TranslationProvider;
import org.ariadne.common.Notice;
import org.ariadne.common.SystemJob;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the organisation's notification address a short e-mail for each notice, once the step
 * that caused it is committed, off the user's thread. The message says only what kind of thing
 * happened and links to the application: no name, no case code. Present only where SMTP is
 * configured ({@code spring.mail.host}).
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class NoticeMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final JavaMailSender sender;
    private final OrganisationService organisations;
    private final TranslationProvider translations;
    private final String from;
    private final Locale language;
    private final String link;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    NoticeMailer(JavaMailSender sender, OrganisationService organisations, TranslationProvider translations,
                 @Value("${ariadne.mail.from:ariadne@localhost}") String from,
                 @Value("${ariadne.mail.language:en}") String language,
                 @Value("${ariadne.base-url:}") String baseUrl) {
        this.sender = sender;
        this.organisations = organisations;
        this.translations = translations;
        this.from = from;
        this.language = TranslationProvider.supported(Locale.forLanguageTag(language));
        this.link = link(baseUrl);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(Notice notice) {
        if (!NoticeRecorder.KIND.matcher(notice.kind()).matches()) {
            return;
        }
        Optional<String> to = SystemJob.run(() -> organisations.find(new OrganisationId(notice.organisationId()))
                .filter(Organisation::active).map(Organisation::notificationEmail));
        to.filter(address -> !address.isBlank()).ifPresent(address -> executor.execute(() -> send(address,
                notice.kind())));
    }

    private void send(String to, String kind) {
        String what = translations.getTranslation("notice.kind." + kind, language);
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(translations.getTranslation("notifications.mail.subject", language, what));
        message.setText(translations.getTranslation("notifications.mail.body", language, what, link));
        try {
            sender.send(message);
        } catch (MailException e) {
            SafeLog.error(log, "Notification e-mail not sent", e);
        }
    }

    private static String link(String baseUrl) {
        String base = baseUrl.strip();
        try {
            URI uri = URI.create(base);
            if (uri.getHost() == null || !(("https".equals(uri.getScheme())) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("The setting ARIADNE_BASE_URL is missing or wrong: notification"
                    + " e-mails link to the application, so it must be its public http(s) address.",
                    "ARIADNE_BASE_URL");
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/notifications";
    }

    @Override
    public void destroy() {
        executor.close();
    }
}
