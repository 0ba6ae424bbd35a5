package org.ariadne.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Something another feature shows in the navbar of every signed-in screen (the notification bell,
 * say), without the layout depending on that feature. Implementations are Spring beans; the
 * layout asks each for a new component when it is built, in {@link #order()}.
 */
@NamedInterface("layout")
public interface NavbarItem {

    int order();

    /** A new component for the current user, or empty when there is nothing for them. */
    Optional<Component> create();
}
