package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutputTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void a_credential_that_reached_a_message_is_masked_on_both_streams() {
        Output output =
                new Output(new PrintWriter(out), new PrintWriter(err), false, false, List.of("sk-live-abcdef123456"));

        output.line("the key sk-live-abcdef123456 was rejected");
        output.note("error: sk-live-abcdef123456");

        assertThat(out.toString() + err.toString())
                .doesNotContain("sk-live-abcdef123456")
                .contains("****");
    }

    @Test
    void json_mode_writes_one_document_and_refuses_a_second() {
        Output output = new Output(new PrintWriter(out), new PrintWriter(err), true, false, List.empty());

        output.line("text is not for json mode");
        output.document(Json.object().put("ok", true));

        assertThat(JsonReader.object(out.toString())).containsEntry("ok", true);
        assertThatThrownBy(() -> output.document(Json.object())).isInstanceOf(IllegalStateException.class);
    }
}
