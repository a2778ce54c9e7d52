package io.elements4j.integration.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every module of the build is in the README's Modules table, and every published one (all but those that skip
 * deployment: the examples, the benchmarks) is in the BOM, so a host app can align it and a new module cannot be
 * forgotten there.
 */
class ReadmeModulesTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern PARENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    private final Path root = ReadmeJavaBlocks.root();

    @Test
    void the_readmes_module_table_names_every_module_and_the_bom_every_published_one() throws IOException {
        String readme = ReadmeJavaBlocks.readme();
        String modulesSection = readme.substring(readme.indexOf("\n## Modules"));
        String bom = Files.readString(root.resolve("elements-bom/pom.xml"));

        List<String> modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")))
                .results()
                .map(found -> found.group(1))
                .toList();
        assertThat(modules).as("modules of the build").contains("elements-client", "examples/plain-java");
        for (String module : modules) {
            String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
            assertThat(modulesSection)
                    .as("README.md's Modules table names %s", module)
                    .contains("`" + module + "`");
            if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>") && !module.equals("elements-bom")) {
                assertThat(bom)
                        .as("the BOM lists the published module %s", module)
                        .contains("<artifactId>" + artifactId(pom) + "</artifactId>");
            }
        }
    }

    private static String artifactId(String pom) {
        Matcher found = ARTIFACT_ID.matcher(PARENT.matcher(pom).replaceFirst(""));
        assertThat(found.find()).isTrue();
        return found.group(1);
    }
}
