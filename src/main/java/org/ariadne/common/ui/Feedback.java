package org.ariadne.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.Message;
import org.ariadne.common.TranslatableException;

/**
 * Shows the outcome of a service call: success as a short notification, a refused field on the
 * field itself, any other refusal as an error notification — always translated.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void saved(Component source) {
        Notification.show(source.getTranslation("common.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void success(Component source, String key, Object... args) {
        Notification.show(source.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void warning(Component source, String key, Object... args) {
        Notification notification = Notification.show(source.getTranslation(key, args), 10000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    public static void error(Component source, String key, Object... args) {
        Notification notification = Notification.show(source.getTranslation(key, args), 8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Marks the field the service refused, or shows a notification when no such field is on screen. */
    public static void refused(Component source, TranslatableException e, Map<String, ? extends HasValidation> fields) {
        String message = e.message().resolve(source::getTranslation);
        if (e instanceof InvalidInputException invalid && fields.containsKey(invalid.field())) {
            HasValidation field = fields.get(invalid.field());
            field.setErrorMessage(message);
            field.setInvalid(true);
            return;
        }
        error(source, e.message());
    }

    /** An error notification with a message whose arguments may be messages themselves. */
    public static void error(Component source, Message message) {
        Notification notification = Notification.show(message.resolve(source::getTranslation), 8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
