package org.ariadne.security.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Something another feature shows on the sign-in card under the form (the language switch, say),
 * without security depending on that feature. Implementations are Spring beans; the login view
 * asks each for a new component when it is built, in their {@code @Order}.
 */
@NamedInterface("login")
public interface LoginCardItem {

    Component create();
}
