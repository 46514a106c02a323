package com.algotrading.trading;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Feature packages stay honest (Spring Modulith): no cycles between them, and one uses another only through its
 * top-level package or a sub-package declared a named interface, never through its internals.
 */
class ModulesTest {

    @Test
    void featurePackagesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        ApplicationModules.of(TradingServiceApplication.class).verify();
    }
}
