package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writes_what_a_json_reader_reads_back() {
        String text = Json.write(Json.object()
                .put("id", "1152921504606846977")
                .put("quote", "say \"hi\"\\ \n\t\u0001 ✓")
                .put("count", 3)
                .put("ratio", 0.4)
                .put("infinite", Double.POSITIVE_INFINITY)
                .put("none", Option.none())
                .put("some", Option.some("x"))
                .put("list", List.of(1, 2))
                .put("empty", List.empty())
                .put("nested", Json.object())
                .put("elapsed", Duration.ofSeconds(90))
                .put("flag", true));

        Map<String, Object> read = JsonReader.object(text);

        assertThat(read).containsEntry("id", "1152921504606846977")
                .containsEntry("quote", "say \"hi\"\\ \n\t\u0001 ✓")
                .containsEntry("none", null)
                .containsEntry("some", "x")
                .containsEntry("infinite", null)
                .containsEntry("elapsed", "PT1M30S")
                .containsEntry("flag", true);
        assertThat(read.get("count").toString()).isEqualTo("3");
        assertThat(read.get("ratio").toString()).isEqualTo("0.4");
        assertThat(read.get("list")).asList().hasSize(2);
    }
}
