package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's CLI reference documents exactly the exit codes the CLI uses. */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void documents_every_exit_code_with_the_meaning_the_help_shows() throws IOException {
        String readme = Files.readString(README);

        for (ExitCode code : ExitCode.values()) {
            assertThat(readme).contains("| " + code.code() + " | " + code.meaning() + " |");
        }
    }

    @Test
    void the_quick_start_is_the_demo_and_the_test_command() throws IOException {
        String readme = Files.readString(README);

        assertThat(readme).contains("```sh\n./elements demo\n./mvnw -B verify\n```");
    }
}
