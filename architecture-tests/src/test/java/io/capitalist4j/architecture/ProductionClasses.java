package io.capitalist4j.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every production class of every module, imported once for all rules (this module's classpath holds them all). */
final class ProductionClasses {

    static final String ROOT = "io.capitalist4j";
    static final String DOMAIN = "io.capitalist4j.domain..";
    static final String APPLICATION = "io.capitalist4j.application..";
    static final String PORT_IN = "io.capitalist4j.application.port.in..";
    static final String PORT_OUT = "io.capitalist4j.application.port.out..";
    static final String CSV = "io.capitalist4j.adapter.csv..";
    static final String SIGNING = "io.capitalist4j.adapter.signing..";
    static final String HTTP = "io.capitalist4j.adapter.http..";
    static final String JDBC = "io.capitalist4j.adapter.jdbc..";
    static final String API2 = "io.capitalist4j.adapter.api2..";
    static final String CLI = "io.capitalist4j.adapter.cli..";
    static final String ADAPTERS = "io.capitalist4j.adapter..";
    static final String TESTKIT = "io.capitalist4j.testkit..";
    static final String CLIENT = "io.capitalist4j.client..";
    static final String MICROMETER = "io.capitalist4j.micrometer..";
    static final String EVENTS = "io.capitalist4j.application.port.out.events..";
    static final String CATALOGUE = "io.capitalist4j.domain.error..";

    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses all() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT);
        }
        return classes;
    }
}
