package io.elements4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The architecture rules every elements4j adapter keeps, parameterised by the adapter's base package and its
 * provider class. An adapter runs them all with one test:
 *
 * <pre>{@code
 * class AdapterArchitectureTest {
 *     @Test
 *     void keeps_the_adapter_architecture() {
 *         AdapterArchitecture.of(AcmeElementsProvider.class).check();
 *     }
 * }
 * }</pre>
 *
 * <p>The rules:
 * <ol>
 *   <li>outside the {@code internal} package only the provider (and any type named with {@link #alsoPublic}) is
 *       public;</li>
 *   <li>the placement rule: outside {@code internal} there is only the provider and the client (the class that
 *       implements {@code VendorClient}), and the types named with {@link #alsoPublic}; every other role — error
 *       classification, request building, signing, recovery, wire records, the Feign interface, the mapping —
 *       lives in {@code internal};</li>
 *   <li>the public members of those types show no {@code internal}, Feign, Jackson or MapStruct type, so vendor
 *       wire types and HTTP libraries stay inside the adapter;</li>
 *   <li>{@code internal} (the vendor's records, its Feign interface, the mapping) knows nothing of the client that
 *       uses it;</li>
 *   <li>the adapter depends on no other adapter (any {@code io.elements4j.adapter} package but its own and
 *       {@code adapter.support}) and not on the sandbox;</li>
 *   <li>the domain and the ports depend on no class of the adapter;</li>
 *   <li>nothing in the adapter sleeps for real (waits go through the configured sleeper, so tests run on virtual
 *       time);</li>
 *   <li>the provider is final.</li>
 * </ol>
 *
 * <p>Every rule fails when it finds nothing to check ({@code allowEmptyShould(false)}): a rule aimed at a mistyped
 * package fails instead of passing with nothing checked.
 */
public final class AdapterArchitecture {

    private static final String ADAPTERS = "io.elements4j.adapter";
    private static final String SUPPORT = "io.elements4j.adapter.support";
    private static final String SANDBOX = "io.elements4j.sandbox";
    private static final String DOMAIN = "io.elements4j.domain";
    private static final String PORTS = "io.elements4j.ports";
    private static final String VENDOR_CLIENT = "io.elements4j.ports.api.VendorClient";
    private static final List<String> LIBRARIES = List.of("feign", "com.fasterxml", "org.mapstruct");

    private final String basePackage;
    private final Class<?> provider;
    private final Set<String> publicTypes;

    private AdapterArchitecture(String basePackage, Class<?> provider, Set<String> publicTypes) {
        this.basePackage = Objects.requireNonNull(basePackage, "basePackage");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.publicTypes = Set.copyOf(publicTypes);
    }

    /**
     * The rules for the adapter whose base package is the provider's package.
     *
     * @param provider the adapter's {@code ElementsProvider} implementation
     * @return the rules, ready to {@link #check()}
     */
    public static AdapterArchitecture of(Class<?> provider) {
        return of(provider.getPackageName(), provider);
    }

    /**
     * The rules for the adapter under {@code basePackage}. The package is taken as given: a mistyped one makes
     * every rule fail, as none finds a class to check.
     *
     * @param basePackage the adapter's base package, such as {@code io.elements4j.adapter.useapi}
     * @param provider    the adapter's {@code ElementsProvider} implementation
     * @return the rules, ready to {@link #check()}
     */
    public static AdapterArchitecture of(String basePackage, Class<?> provider) {
        return new AdapterArchitecture(basePackage, provider, Set.of(provider.getName()));
    }

    /**
     * These rules, with further types allowed to be public, and so to stand outside {@code internal}: API the adapter
     * offers host apps beside the provider (a callback verifier, say). Their public members are held to the same
     * signature rule as the provider's.
     *
     * @param types the further public types
     * @return a new rule set; this one is unchanged
     */
    public AdapterArchitecture alsoPublic(Class<?>... types) {
        Set<String> names = new LinkedHashSet<>(publicTypes);
        for (Class<?> type : types) {
            names.add(type.getName());
        }
        return new AdapterArchitecture(basePackage, provider, names);
    }

    /**
     * Checks every rule against the adapter's main classes and the domain and ports on the class path.
     *
     * @throws AssertionError naming every violation of every rule
     */
    public void check() {
        check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage, DOMAIN, PORTS));
    }

    /**
     * Checks every rule against the given classes.
     *
     * @param classes the adapter's classes, with the domain's and the ports'
     * @throws AssertionError naming every violation of every rule
     */
    public void check(JavaClasses classes) {
        List<ArchRule> rules = rules();
        CompositeArchRule.of(rules).check(classes);
    }

    /**
     * The rules one by one, in the order of the class comment.
     */
    public List<ArchRule> rules() {
        String inAdapter = basePackage + "..";
        String internal = basePackage + ".internal..";
        DescribedPredicate<JavaClass> publicApi = DescribedPredicate.describe(
                "the provider " + provider.getSimpleName() + (publicTypes.size() > 1 ? " or " + others() : ""),
                type -> publicTypes.contains(type.getName()));
        DescribedPredicate<JavaClass> placedOutsideInternal = DescribedPredicate.describe(
                publicApi.getDescription() + " or the client (a VendorClient)",
                type -> publicTypes.contains(type.getName()) || type.isAssignableTo(VENDOR_CLIENT));
        DescribedPredicate<JavaClass> hidden = DescribedPredicate.describe(
                "an internal, Feign, Jackson or MapStruct type",
                type -> in(type, basePackage + ".internal")
                        || LIBRARIES.stream().anyMatch(lib -> in(type, lib)));
        DescribedPredicate<JavaClass> otherAdapter = DescribedPredicate.describe(
                "another adapter or the sandbox",
                type -> in(type, ADAPTERS) && !in(type, basePackage) && !in(type, SUPPORT) || in(type, SANDBOX));
        return List.of(
                classes()
                        .that()
                        .resideInAPackage(inAdapter)
                        .and()
                        .resideOutsideOfPackage(internal)
                        .and()
                        .areTopLevelClasses()
                        .and()
                        .arePublic()
                        .should(ArchConditions.be(publicApi))
                        .as("only " + publicApi.getDescription() + " is public outside " + basePackage + ".internal")
                        .allowEmptyShould(false),
                classes()
                        .that()
                        .resideInAPackage(inAdapter)
                        .and()
                        .resideOutsideOfPackage(internal)
                        .and()
                        .areTopLevelClasses()
                        .and()
                        .doNotHaveSimpleName("package-info")
                        .should(ArchConditions.be(placedOutsideInternal))
                        .as("only " + placedOutsideInternal.getDescription() + " is outside " + basePackage
                                + ".internal: every other role lives there")
                        .allowEmptyShould(false),
                members()
                        .that()
                        .areDeclaredInClassesThat(publicApi.and(inPackage(basePackage)))
                        .and()
                        .arePublic()
                        .should(Signatures.showNo(hidden))
                        .allowEmptyShould(false),
                noClasses()
                        .that()
                        .resideInAPackage(internal)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(basePackage)
                        .allowEmptyShould(false),
                noClasses()
                        .that()
                        .resideInAPackage(inAdapter)
                        .should()
                        .dependOnClassesThat(otherAdapter)
                        .allowEmptyShould(false),
                classes()
                        .that()
                        .resideInAPackage(inAdapter)
                        .should()
                        .onlyHaveDependentClassesThat()
                        .resideOutsideOfPackages(DOMAIN + "..", PORTS + "..")
                        .as("no class of the domain or the ports depends on a class in " + inAdapter)
                        .allowEmptyShould(false),
                noClasses()
                        .that()
                        .resideInAPackage(inAdapter)
                        .should()
                        .callMethod(Thread.class, "sleep", long.class)
                        .orShould()
                        .callMethod(Thread.class, "sleep", long.class, int.class)
                        .orShould()
                        .callMethod(TimeUnit.class, "sleep", long.class)
                        .allowEmptyShould(false),
                classes()
                        .that()
                        .resideInAPackage(inAdapter)
                        .and()
                        .haveFullyQualifiedName(provider.getName())
                        .should()
                        .haveModifier(JavaModifier.FINAL)
                        .allowEmptyShould(false));
    }

    private String others() {
        return String.join(
                ", ",
                publicTypes.stream()
                        .filter(n -> !n.equals(provider.getName()))
                        .map(n -> n.substring(n.lastIndexOf('.') + 1))
                        .toList());
    }

    private static DescribedPredicate<JavaClass> inPackage(String pkg) {
        return DescribedPredicate.describe("in " + pkg, type -> in(type, pkg));
    }

    /** Whether a type lives in the package or below it. */
    private static boolean in(JavaClass type, String pkg) {
        String name = type.getPackageName();
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }
}
