package io.elements4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.json.DomainJson;
import io.elements4j.json.DomainSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3, as Spring Boot 4 uses, writes every public value type as the CLI's --json does. */
class ElementsJackson3ModuleTest {

    private final JsonMapper mapper =
            JsonMapper.builder().addModule(new ElementsJackson3Module()).build();

    @Test
    void every_public_value_type_is_written_in_the_clis_shape() {
        DomainSamples.all()
                .forEach((name, value) -> assertThat(mapper.readTree(mapper.writeValueAsString(value)))
                        .as(name)
                        .isEqualTo(mapper.readTree(mapper.writeValueAsString(DomainJson.tree(value)))));
    }

    @Test
    void a_task_keeps_its_ids_as_strings_and_every_element() {
        JsonNode task =
                mapper.readTree(mapper.writeValueAsString(DomainSamples.all().get("task")));

        assertThat(task.get("elementIds").get(0).isString()).isTrue();
        assertThat(task.get("elements")).hasSize(1);
        assertThat(task.get("elements").get(0).get("tags")).hasSize(2);
        assertThat(task.get("failureReason").isNull()).isTrue();
    }

    @Test
    void without_the_module_vavr_values_come_out_as_beans() {
        String plain = JsonMapper.builder()
                .build()
                .writeValueAsString(DomainSamples.all().get("list"));

        assertThat(plain)
                .as("what the module prevents")
                .isNotEqualTo(mapper.writeValueAsString(DomainSamples.all().get("list")));
        assertThat(mapper.writeValueAsString(DomainSamples.all().get("list")))
                .isEqualTo("[\"" + DomainSamples.BIG_ID + "\",\"2\"]");
    }
}
