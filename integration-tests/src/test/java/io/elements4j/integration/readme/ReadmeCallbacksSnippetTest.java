package io.elements4j.integration.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's callbacks example compiles against the library as it is, given the {@code elements} and {@code draft}
 * of the example before it (it starts a receiver on port 8080 and waits on a real vendor's callback, so it is compiled,
 * not run; the conformance suite's callbacks group runs the same loop on every sandbox).
 */
class ReadmeCallbacksSnippetTest {

    private static final Pattern CALLBACKS_BLOCK = Pattern.compile(
            "### Callbacks instead of polling.*?```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path compiled;

    @Test
    void the_readmes_callbacks_example_compiles() throws IOException {
        Matcher block = CALLBACKS_BLOCK.matcher(ReadmeSnippetTest.readme());
        assertThat(block.find()).as("README.md has a java block under 'Callbacks instead of polling'").isTrue();
        ReadmeSnippetTest.compile(compiled, "ReadmeCallbacks", "import io.elements4j.client.*;\n"
                + "import io.elements4j.ports.callback.*;\n" + "import io.elements4j.callback.server.*;\n"
                + "import io.elements4j.domain.draft.*;\n"
                + "public class ReadmeCallbacks {\n"
                + "    public static void run(Elements elements, ElementDraft draft) {\n" + block.group(1) + "\n    }\n}\n");
    }
}
