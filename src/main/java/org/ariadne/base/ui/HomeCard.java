package org.ariadne.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A card another feature puts on the start page above the role descriptions (the user's tasks,
 * say). Implementations are Spring beans, asked in {@link #order()} each time the page is built.
 */
@NamedInterface("layout")
public interface HomeCard {

    int order();

    /** A new component for the current user, or empty when there is nothing for them. */
    Optional<Component> create();
}
