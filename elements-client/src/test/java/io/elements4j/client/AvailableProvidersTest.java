package io.elements4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.elements4j.client.testproviders.AlphaTestProvider;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvailableProvidersTest {

    private static final String P = "io.elements4j.client.testproviders.";

    private final Scenarios scenarios = new Scenarios();

    @AfterEach
    void closeScenarios() {
        scenarios.close();
    }

    @Test
    void lists_every_registered_entry_in_order_even_when_broken_ones_sit_between_working_ones() {
        Seq<FoundProvider> found = ElementsProviders.available(scenarios.loader("every-failure"));

        assertThat(found)
                .extracting(FoundProvider::id, FoundProvider::className, FoundProvider::isLoaded)
                .containsExactly(
                        tuple("?", P + "NoSuchProvider", false),
                        tuple("alpha", P + "AlphaTestProvider", true),
                        tuple("?", P + "ExplodingConstructorProvider", false),
                        tuple("?", P + "NoNoArgConstructorProvider", false),
                        tuple("beta", P + "BetaTestProvider", true),
                        tuple("?", P + "ExplodingMetadataProvider", false),
                        tuple("?", P + "NotAProvider", false),
                        tuple("?", P + "MissingDependencyProvider", false));
    }

    @Test
    void says_why_each_broken_entry_failed() {
        Seq<FoundProvider> found = ElementsProviders.available(scenarios.loader("every-failure"));

        assertThat(found.filter(p -> !p.isLoaded()).map(p -> p.failure().get()))
                .satisfiesExactly(
                        missing -> assertThat(missing).contains(P + "NoSuchProvider not found"),
                        constructor -> assertThat(constructor)
                                .contains("could not be instantiated")
                                .contains("caused by IllegalStateException: exploding constructor"),
                        noArg -> assertThat(noArg).contains("Unable to get public no-arg constructor"),
                        metadata -> assertThat(metadata)
                                .isEqualTo("IllegalArgumentException: exploding metadata: no rule profile"),
                        notSubtype -> assertThat(notSubtype).contains("not a subtype"),
                        dependency -> assertThat(dependency)
                                .contains(P + "MissingDependencyProvider could not be instantiated")
                                .contains("caused by NoClassDefFoundError: feign/Client"));
    }

    @Test
    void a_loaded_entry_carries_its_instance_and_no_failure() {
        FoundProvider alpha =
                ElementsProviders.available(scenarios.loader("single")).single();

        assertThat(alpha.provider().get()).isInstanceOf(AlphaTestProvider.class);
        assertThat(alpha.failure()).isEmpty();
    }

    @Test
    void locates_a_provider_by_the_jar_or_directory_its_class_came_from() {
        FoundProvider alpha =
                ElementsProviders.available(scenarios.loader("single")).single();

        assertThat(alpha.location()).isEqualTo(Scenarios.location(AlphaTestProvider.class));
    }

    @Test
    void locates_a_missing_class_by_the_jar_or_directory_that_registered_it() {
        FoundProvider missing =
                ElementsProviders.available(scenarios.loader("missing-class")).head();

        assertThat(missing.className()).isEqualTo(P + "NoSuchProvider");
        assertThat(missing.location()).isEqualTo(Scenarios.location("missing-class"));
    }

    @Test
    void locates_a_missing_class_in_a_jar_by_the_jar_that_registered_it(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("adapter-broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/io.elements4j.ports.spi.ElementsProvider"));
            out.write((P + "NoSuchProvider\n").getBytes(StandardCharsets.UTF_8));
        }

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(ElementsProviders.available(loader))
                    .singleElement()
                    .satisfies(missing -> assertThat(missing.location()).isEqualTo(jar.toString()));
        }
    }

    @Test
    void describes_an_entry_as_id_class_and_location() {
        Seq<FoundProvider> found = ElementsProviders.available(scenarios.loader("missing-class"));

        assertThat(found.map(FoundProvider::describe))
                .containsExactly(
                        "[?] -> " + P + "NoSuchProvider -> " + Scenarios.location("missing-class")
                                + " (failed to load: ServiceConfigurationError: Provider " + P
                                + "NoSuchProvider not found)",
                        "[alpha] -> " + P + "AlphaTestProvider -> " + Scenarios.location(AlphaTestProvider.class));
    }

    @Test
    void reports_a_class_loader_that_cannot_list_services_files_once_instead_of_looping() {
        ClassLoader unreadable = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                throw new IOException("disk on fire");
            }
        };

        assertThat(ElementsProviders.available(unreadable)).singleElement().satisfies(broken -> {
            assertThat(broken.className()).isEqualTo("unknown class");
            assertThat(broken.location()).isEqualTo("unknown");
            assertThat(broken.failure().get()).contains("disk on fire");
        });
    }

    @Test
    void finds_nothing_in_a_services_file_that_holds_only_comments() {
        assertThat(ElementsProviders.available(scenarios.loader("empty"))).isEmpty();
    }
}
