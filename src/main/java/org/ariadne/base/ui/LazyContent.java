package org.ariadne.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;
import org.springframework.modulith.NamedInterface;

/**
 * Content built the first time it is shown, for a tab: a tab sheet attaches only the selected tab's
 * content, so a tab the reader never opens reads (and audits) nothing and costs the session nothing.
 * Opening a case built all its tabs at once, and the tabs the reader had not asked for were an
 * eighth of the server's CPU under load (docs/benchmarks.md).
 */
@NamedInterface("layout")
public final class LazyContent extends Div {

    private final SerializableSupplier<? extends Component> content;

    public LazyContent(SerializableSupplier<? extends Component> content) {
        this.content = content;
        setWidthFull();
        addAttachListener(event -> {
            if (getComponentCount() == 0) {
                add(this.content.get());
            }
        });
    }
}
