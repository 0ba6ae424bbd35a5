package org.ariadne.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that no argument of a client call is a Polymer template model item: Ariadne has no
 * Polymer templates. Vaadin asks its lookup for this handler on every argument of every call from
 * the browser to a component (a grid's row range, a combo box's filter); with no implementation
 * in the application, each of those lookups scanned every jar on the class path for a service
 * file — 3% of the server's CPU under load (docs/benchmarks.md). Found by Vaadin's lookup scan of
 * the application's packages, so it is looked up from memory instead.
 */
@SuppressWarnings("deprecation")
public class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        throw new UnsupportedOperationException("Ariadne has no Polymer templates");
    }
}
