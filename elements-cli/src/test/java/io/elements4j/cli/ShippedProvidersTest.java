package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CLI ships every provider of the repository: each module of the build that registers a provider (the
 * examples aside, which are never published) is on the CLI's class path, through the BOM's dependencies — so a new
 * adapter reaches the CLI with no edit to its pom, and one missing from the BOM is named here.
 */
class ShippedProvidersTest {

    private static final String PROVIDERS =
            "src/main/resources/META-INF/services/" + "io.elements4j.ports.spi.ElementsProvider";
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void every_provider_module_of_the_build_is_on_the_cli_class_path() {
        Seq<Registration> registered = registrations(Shipped.repository());
        assertThat(registered).as("provider modules of the build").hasSizeGreaterThanOrEqualTo(1);

        assertThat(unshipped(registered, Shipped.providerClasses())).isEmpty();
    }

    @Test
    void a_provider_module_missing_from_the_cli_is_named_with_what_to_add() {
        Seq<Registration> registered = List.of(
                new Registration("adapter-shipped", "com.example.Shipped"),
                new Registration("adapter-new", "com.example.NewVendorProvider"));

        assertThat(unshipped(registered, List.of("com.example.Shipped")))
                .containsExactly(
                        "adapter-new registers com.example.NewVendorProvider, which the CLI does not ship: list"
                                + " io.elements4j:adapter-new in the <dependencies> of elements-bom/pom.xml");
    }

    /** A provider class and the module registering it. */
    record Registration(String module, String providerClass) {}

    static Seq<String> unshipped(Seq<Registration> registered, Seq<String> onClassPath) {
        return registered
                .filter(r -> !onClassPath.contains(r.providerClass()))
                .map(r -> r.module() + " registers " + r.providerClass() + ", which the CLI does not ship: list"
                        + " io.elements4j:" + Path.of(r.module()).getFileName() + " in the <dependencies> of"
                        + " elements-bom/pom.xml");
    }

    /** The providers each module of the root pom registers, the examples' aside. */
    static Seq<Registration> registrations(Path repository) {
        String pom = String.join("\n", Shipped.lines(repository.resolve("pom.xml")));
        Seq<String> modules = List.ofAll(MODULE.matcher(pom)
                .results()
                .map(match -> match.group(1).trim())
                .toList());
        return modules.filter(module -> !module.startsWith("examples/"))
                .filter(module -> Files.exists(repository.resolve(module).resolve(PROVIDERS)))
                .flatMap(module -> Shipped.lines(repository.resolve(module).resolve(PROVIDERS))
                        .map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(provider -> new Registration(module, provider)));
    }
}
