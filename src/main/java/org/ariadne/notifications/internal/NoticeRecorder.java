package org.ariadne.notifications.internal;

import java.time.Clock;
import java.util.regex.Pattern;
import org.ariadne.common.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each notice for the organisation it is addressed to, in the transaction that published
 * it: a step that rolls back leaves no notification behind.
 */
@Component
class NoticeRecorder {

    static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,48}");
    private static final Logger log = LoggerFactory.getLogger(NoticeRecorder.class);

    private final NotificationStore store;
    private final Clock clock;

    NoticeRecorder(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(Notice notice) {
        if (!KIND.matcher(notice.kind()).matches()) {
            log.warn("Notice of an unknown form ignored");
            return;
        }
        String code = notice.caseCode() == null || notice.caseCode().isBlank() ? null : notice.caseCode();
        store.add(notice.organisationId(), notice.kind(), code, clock.instant());
    }
}
