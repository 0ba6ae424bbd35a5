package org.ariadne.benchmark;

import org.ariadne.benchmark.load.LoadRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load generator of docs/benchmarks.md ("Load through the Vaadin protocol") against a running
 * Ariadne: {@code ./mvnw -Pbenchmark test -Dtest=VaadinLoadBenchmarkTest -Dload.base-url=URL
 * -Dload.users=100}. Settings: see {@link LoadRun}. Results go to target/benchmarks/.
 */
@Tag("benchmark")
class VaadinLoadBenchmarkTest {

    @Test
    void caseworkersThroughTheVaadinProtocol() throws Exception {
        LoadRun.main(new String[0]);
    }
}
