package org.ariadne.architecture;

import org.ariadne.AriadneApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features depend on each other only through their public API, and never in cycles. */
class ModulesTest {

    @Test
    void featureBoundariesHold() {
        ApplicationModules.of(AriadneApplication.class).verify();
    }
}
