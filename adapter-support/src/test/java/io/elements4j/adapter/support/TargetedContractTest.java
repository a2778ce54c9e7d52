package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import feign.MethodMetadata;
import feign.Param;
import feign.RequestLine;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the contract hands Feign for each method: the base URL set once, a generic return type named once. */
class TargetedContractTest {

    interface Api {
        @RequestLine("GET /v1/tasks/{id}")
        Map<String, List<Integer>> task(@Param("id") String id);

        @RequestLine("GET /v1/raw")
        String raw();
    }

    private final List<MethodMetadata> methods =
            new TargetedContract("https://api.example.com").parseAndValidateMetadata(Api.class);

    @Test
    void every_template_names_the_base_url() {
        assertThat(methods)
                .allSatisfy(method -> assertThat(method.template().url()).startsWith("https://api.example.com/v1/"));
    }

    @Test
    void a_generic_return_type_is_the_same_type_with_its_name_rendered_once() throws Exception {
        Type declared = Api.class.getMethod("task", String.class).getGenericReturnType();
        Type given = method("task").returnType();

        assertThat(given).isInstanceOf(TargetedContract.NamedType.class);
        assertThat(given).isEqualTo(declared).hasSameHashCodeAs(declared);
        assertThat(declared).isEqualTo(given);
        assertThat(given.getTypeName()).isEqualTo(declared.getTypeName()).isSameAs(given.getTypeName());
        ParameterizedType generic = (ParameterizedType) given;
        assertThat(generic.getRawType()).isEqualTo(Map.class);
        assertThat(generic.getActualTypeArguments())
                .containsExactly(((ParameterizedType) declared).getActualTypeArguments());
        assertThat(Json.mapper().constructType(given)).isEqualTo(Json.mapper().constructType(declared));
    }

    @Test
    void a_plain_return_type_is_left_as_it_is() {
        assertThat(method("raw").returnType()).isSameAs(String.class);
    }

    private MethodMetadata method(String name) {
        return methods.stream()
                .filter(m -> m.method().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
