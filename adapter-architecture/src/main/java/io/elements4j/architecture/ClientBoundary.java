package io.elements4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The line around {@code elements-client}'s implementation: its packages under {@value #INTERNAL} are not API, so no
 * class outside {@value #CLIENT} may depend on them — not an adapter, the sandbox, the CLI, the starter, the journal
 * or the callback server. What they need from the client they take from its public packages.
 *
 * <p>The client keeps the other side of the line ({@link #apiRule()}): no public member of its API shows an internal
 * type, so the API stands without them and its Javadoc, which leaves them out, describes all a caller can touch.
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

    private ClientBoundary() {}

    /**
     * No class outside {@value #CLIENT} depends on a class in {@value #INTERNAL} or below. Like every rule here it
     * fails when it finds nothing to check.
     */
    public static ArchRule rule() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(CLIENT + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERNAL + "..")
                .as("no class outside " + CLIENT + " depends on " + INTERNAL)
                .because("the client's internal packages are its implementation, not API")
                .allowEmptyShould(false);
    }

    /**
     * No public member of a public type in {@value #CLIENT}, outside {@value #INTERNAL}, shows an internal type in
     * its signature. It fails when it finds nothing to check.
     *
     * @return the rule, for the client's own tests
     */
    public static ArchRule apiRule() {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe(
                "type of " + INTERNAL,
                type -> type.getPackageName().equals(INTERNAL)
                        || type.getPackageName().startsWith(INTERNAL + "."));
        return members()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(CLIENT + "..")
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage(INTERNAL + "..")
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .arePublic()
                .should(Signatures.showNo(internal))
                .allowEmptyShould(false);
    }

    /**
     * Checks {@link #rule()} against every elements4j main class on the class path.
     *
     * @throws AssertionError naming every class that reaches into the client's internals
     */
    public static void check() {
        check(projectClasses());
    }

    /**
     * Every elements4j main class on the class path. What they depend on outside elements4j is not read from the
     * class path (the rule needs only its package), which halves the time the import takes.
     *
     * @return the classes, for {@link #check(JavaClasses)} and a module's own look at what was seen
     */
    public static JavaClasses projectClasses() {
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(PROJECT);
        });
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
