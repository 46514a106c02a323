package com.algotrading.common.smartapi;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The client stays plain Java, so the data-service and the trading-service use it as it is. */
class SmartApiArchitectureTest {

    @Test
    void theClientDependsOnNeitherSpringNorAService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
                        "com.algotrading.trading..", "com.algotrading.data..", "com.algotrading.dashboard..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.algotrading.common.smartapi"));
    }
}
