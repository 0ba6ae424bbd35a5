package org.ariadne.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyContentTest {

    @Test
    void theContentIsBuiltWhenFirstShownAndOnlyOnce() {
        var built = new AtomicInteger();
        var lazy = new LazyContent(() -> new Span("content " + built.incrementAndGet()));
        assertThat(built).hasValue(0);
        assertThat(lazy.getComponentCount()).isZero();

        var ui = new UI();
        ui.add(lazy);
        assertThat(built).hasValue(1);
        assertThat(lazy.getElement().getTextRecursively()).isEqualTo("content 1");

        ui.remove(lazy);
        ui.add(lazy);
        assertThat(built).hasValue(1);
        assertThat(lazy.getElement().getTextRecursively()).isEqualTo("content 1");
    }
}
