package io.elements4j.integration.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.integration.readme.ReadmeJavaBlocks.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/plain-java} is the README's plain Java project word for word: its pom holds the README's pom
 * snippet, its main and test classes are the README's blocks, so the README cannot change without the example (which
 * the build compiles and tests as a user's project, without the elements4j parent) changing with it. The versions the
 * snippet spells out are the ones this build uses.
 */
class ReadmePlainJavaExampleTest {

    private static final Pattern POM_SNIPPET =
            Pattern.compile("## Using the library in a host app.*?```xml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern VERSIONED =
            Pattern.compile("<artifactId>([^<]+)</artifactId>[^<]*(?:<!--[^>]*-->\\s*)?<version>([^<]+)</version>");

    private final Path example = ReadmeJavaBlocks.root().resolve("examples/plain-java");

    @Test
    void the_examples_pom_holds_the_readmes_pom_snippet_word_for_word() throws IOException {
        String pom = Files.readString(example.resolve("pom.xml"));

        assertThat(pom)
                .as("examples/plain-java/pom.xml holds README.md's pom snippet, indented one level")
                .contains(indented(pomSnippet()));
    }

    @Test
    void the_examples_classes_are_the_readmes_blocks_word_for_word() throws IOException {
        Map<String, String> readme = ReadmeJavaBlocks.in(ReadmeJavaBlocks.readme()).stream()
                .collect(Collectors.toMap(Block::qualifiedName, Block::source, (first, again) -> first));

        for (String file : new String[] {
            "src/main/java/com/example/characters/CharacterService.java",
            "src/test/java/com/example/characters/CharacterServiceTest.java"
        }) {
            String type = file.substring(file.indexOf("/com/") + 1, file.length() - ".java".length())
                    .replace('/', '.');
            assertThat(readme)
                    .as("README.md has a java block declaring %s", type)
                    .containsKey(type);
            assertThat(Files.readString(example.resolve(file)))
                    .as("examples/plain-java/%s is README.md's block", file)
                    .isEqualTo(readme.get(type));
        }
    }

    @Test
    void the_versions_the_readmes_pom_spells_out_are_the_ones_the_build_uses() throws IOException {
        String root = Files.readString(ReadmeJavaBlocks.root().resolve("pom.xml"));
        Map<String, String> expected = Map.of(
                "elements-bom", value(root, "<artifactId>elements4j-parent</artifactId>\\s*<version>([^<]+)</version>"),
                "slf4j-simple", property(root, "slf4j.version"),
                "junit-jupiter", property(root, "junit.version"),
                "assertj-core", property(root, "assertj.version"));

        Matcher versioned = VERSIONED.matcher(pomSnippet());
        int seen = 0;
        while (versioned.find()) {
            assertThat(expected)
                    .as("a version the README spells out is checked here")
                    .containsKey(versioned.group(1));
            assertThat(versioned.group(2)).as(versioned.group(1)).isEqualTo(expected.get(versioned.group(1)));
            seen++;
        }
        assertThat(seen).as("versioned artifacts in the README's pom").isEqualTo(expected.size());
    }

    @Test
    void the_example_is_built_as_a_users_project_on_this_builds_plugin_versions() throws IOException {
        String pom = Files.readString(example.resolve("pom.xml"));
        String root = Files.readString(ReadmeJavaBlocks.root().resolve("pom.xml"));

        assertThat(pom)
                .as("no parent: nothing of the elements4j parent applies")
                .doesNotContain("<parent>");
        assertThat(property(pom, "maven.compiler.release")).isEqualTo("17");
        Matcher properties =
                Pattern.compile("<([\\w.-]+-plugin\\.version)>([^<]+)<").matcher(pom);
        int plugins = 0;
        while (properties.find()) {
            assertThat(properties.group(2)).as(properties.group(1)).isEqualTo(property(root, properties.group(1)));
            plugins++;
        }
        assertThat(plugins).as("plugin versions the example sets").isPositive();
    }

    private static String pomSnippet() throws IOException {
        Matcher block = POM_SNIPPET.matcher(ReadmeJavaBlocks.readme());
        assertThat(block.find())
                .as("README.md has an xml block under 'Using the library in a host app'")
                .isTrue();
        return block.group(1);
    }

    private static String indented(String text) {
        return text.lines()
                .map(line -> line.isEmpty() ? line : "  " + line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String property(String pom, String name) {
        return value(pom, "<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
    }

    private static String value(String text, String regex) {
        Matcher found = Pattern.compile(regex).matcher(text);
        assertThat(found.find()).as("found %s", regex).isTrue();
        return found.group(1);
    }
}
