package org.ariadne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The handler's answers. That Vaadin's lookup finds it in the application's packages is seen in
 * the running server's profile (docs/benchmarks.md): the browserless test servlet builds its
 * lookup without that scan.
 */
class NoPolymerTemplatesTest {

    @Test
    @SuppressWarnings("deprecation")
    void noArgumentIsATemplateModelItemSoVaadinDecodesEveryArgumentItself() {
        var handler = new NoPolymerTemplates();
        var json = JsonNodeFactory.instance;
        assertThat(handler.isTemplateModelValue(new Div(), json.objectNode().put("nodeId", 3), Object.class)).isFalse();
        assertThat(handler.isTemplateModelValue(new Div(), json.numberNode(50), Integer.class)).isFalse();
        assertThatThrownBy(() -> handler.getTemplateItem(new Div(), json.objectNode(), Object.class))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
