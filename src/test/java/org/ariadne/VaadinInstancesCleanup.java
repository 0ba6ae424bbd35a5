package org.ariadne;

import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Clears Vaadin's thread-bound instances after every test. Vaadin's security-context strategy
 * reads the context from the current VaadinSession when one is bound, so a session left behind
 * by a browserless test would otherwise replace the user of the next service test.
 */
public class VaadinInstancesCleanup implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        CurrentInstance.clearAll();
    }
}
