package org.ariadne.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.ariadne.common.TranslatableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an exception raised by a UI event into a translated notification. Unexpected errors are
 * logged under an error reference without their messages (which can echo user input), and the
 * user is given that reference.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            SafeLog.error(log, "UI error outside a UI", event.getThrowable());
            return;
        }
        String text = messageFor(ui, event.getThrowable());
        ui.access(() -> {
            Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    private static String messageFor(UI ui, Throwable throwable) {
        Throwable cause = throwable;
        while (cause != null) {
            if (cause instanceof TranslatableException translatable) {
                return ui.getTranslation(translatable.messageKey(), translatable.arguments());
            }
            if (cause instanceof AccessDeniedException) {
                return ui.getTranslation("common.error.access-denied");
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return ui.getTranslation("common.error.conflict");
            }
            cause = cause.getCause();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        SafeLog.error(log, "Unexpected UI error " + reference, throwable);
        return ui.getTranslation("common.error.unexpected", reference);
    }
}
