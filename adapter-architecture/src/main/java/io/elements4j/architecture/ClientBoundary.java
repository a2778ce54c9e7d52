package io.elements4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The line around {@code elements-client}'s implementation: its packages under {@value #INTERNAL} are not API, so no
 * class outside {@value #CLIENT} may depend on them — not an adapter, the sandbox, the CLI, the starter, the journal
 * or the callback server. What they need from the client they take from its public packages.
 *
 * <p>A module checks every elements4j class on its class path (its own main classes and the jars it depends on) in
 * one test:
 *
 * <pre>{@code
 * @Test
 * void nothing_reaches_into_the_clients_internals() {
 *     ClientBoundary.check();
 * }
 * }</pre>
 */
public final class ClientBoundary {

    /** The client module's packages; the rule leaves them alone. */
    public static final String CLIENT = "io.elements4j.client";

    /** The client's implementation packages. */
    public static final String INTERNAL = "io.elements4j.client.internal";

    private static final String PROJECT = "io.elements4j";

    private ClientBoundary() {
    }

    /**
     * No class outside {@value #CLIENT} depends on a class in {@value #INTERNAL} or below. Like every rule here it
     * fails when it finds nothing to check.
     *
     * @return the rule
     */
    public static ArchRule rule() {
        return noClasses().that().resideOutsideOfPackage(CLIENT + "..")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL + "..")
                .as("no class outside " + CLIENT + " depends on " + INTERNAL)
                .because("the client's internal packages are its implementation, not API")
                .allowEmptyShould(false);
    }

    /**
     * Checks {@link #rule()} against every elements4j main class on the class path.
     *
     * @throws AssertionError naming every class that reaches into the client's internals
     */
    public static void check() {
        check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PROJECT));
    }

    /**
     * Checks {@link #rule()} against the given classes.
     *
     * @param classes the classes to check
     * @throws AssertionError naming every class that reaches into the client's internals
     */
    public static void check(JavaClasses classes) {
        rule().check(classes);
    }
}
