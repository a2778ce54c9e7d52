package io.elements4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.elements4j.json.DomainJson;
import io.elements4j.json.DomainSamples;
import org.junit.jupiter.api.Test;

/** Jackson 2 writes every public value type as the CLI's --json does. */
class ElementsJacksonModuleTest {

    private final ObjectMapper mapper =
            JsonMapper.builder().addModule(new ElementsJacksonModule()).build();

    @Test
    void every_public_value_type_is_written_in_the_clis_shape() throws Exception {
        for (var sample : DomainSamples.all().entrySet()) {
            JsonNode written = mapper.readTree(mapper.writeValueAsString(sample.getValue()));
            assertThat(written)
                    .as(sample.getKey())
                    .isEqualTo(mapper.readTree(mapper.writeValueAsString(DomainJson.tree(sample.getValue()))));
        }
    }

    @Test
    void ids_stay_strings_and_a_vavr_list_is_written_whole() throws Exception {
        JsonNode page =
                mapper.readTree(mapper.writeValueAsString(DomainSamples.all().get("page")));

        assertThat(page.get("elements")).hasSize(2);
        assertThat(page.get("elements").get(0).get("id").isTextual()).isTrue();
        assertThat(page.get("elements").get(0).get("id").asText()).isEqualTo(DomainSamples.BIG_ID);
        assertThat(page.get("elements").get(0).get("voice").get("name").asText())
                .isEqualTo("Calm");
    }

    @Test
    void without_the_module_the_same_values_come_out_as_beans() throws Exception {
        String plain = new ObjectMapper().writeValueAsString(DomainSamples.all().get("option"));

        assertThat(plain).as("what the module prevents").isNotEqualTo("\"" + DomainSamples.BIG_ID + "\"");
        assertThat(mapper.writeValueAsString(DomainSamples.all().get("option")))
                .isEqualTo("\"" + DomainSamples.BIG_ID + "\"");
    }
}
