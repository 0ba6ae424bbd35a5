package org.ariadne.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Vaadin web component the application's code uses is loaded with the main layout (see
 * {@link MainLayout}): a component used only by a feature's contribution (a case tab, a dialog, a
 * home card) would otherwise be missing in the browser when its screen is opened by address.
 */
class EagerComponentsTest {

    @Test
    void everyWebComponentInUseIsLoadedWithTheMainLayout() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ariadne");
        // Loaded with the layout: what it lists and what it uses itself.
        Set<Class<?>> listed = Arrays.stream(MainLayout.class.getAnnotationsByType(Uses.class)).map(Uses::value)
                .collect(Collectors.toSet());
        classes.get(MainLayout.class).getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                .filter(target -> target.getPackageName().startsWith("com.vaadin.flow.component"))
                .forEach(target -> listed.add(target.reflect()));
        Set<String> missing = new TreeSet<>();
        for (JavaClass own : classes) {
            own.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                    .filter(target -> target.getPackageName().startsWith("com.vaadin.flow.component"))
                    .map(JavaClass::reflect)
                    .filter(EagerComponentsTest::isWebComponent)
                    .filter(type -> listed.stream().noneMatch(type::isAssignableFrom))
                    .forEach(type -> missing.add(type.getName() + " (used by " + own.getSimpleName() + ")"));
        }
        assertThat(missing).as("web components to add as @Uses on MainLayout").isEmpty();
    }

    /**
     * A component with a client-side module of its own (a plain HTML element needs nothing loaded;
     * the UI is always there).
     */
    private static boolean isWebComponent(Class<?> type) {
        return Component.class.isAssignableFrom(type) && !UI.class.isAssignableFrom(type)
                && type.getAnnotationsByType(JsModule.class).length > 0;
    }
}
