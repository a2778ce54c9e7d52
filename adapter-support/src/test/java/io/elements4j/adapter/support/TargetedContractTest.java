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

    /** Request lines as the adapters write them: fixed paths, a trailing slash, path variables, query templates. */
    interface Paths {
        @RequestLine("POST /v1/general/advanced-custom-elements")
        String create();

        @RequestLine("GET /elements/")
        String list();

        @RequestLine(value = "GET /elements/{id}", decodeSlash = false)
        String element(@Param("id") String id);

        @RequestLine(value = "GET /api/v3/predictions/{id}/result", decodeSlash = false)
        String result(@Param("id") String id);

        @RequestLine("POST /api/v3/kwaivgi/{model}?webhook={webhook}")
        String submit(@Param("model") String model, @Param("webhook") String webhook);

        @RequestLine(value = "GET /v1/general/custom-voices?pageNum={pageNum}&pageSize={pageSize}", decodeSlash = false)
        String voices(@Param("pageNum") int pageNum, @Param("pageSize") int pageSize);

        @RequestLine("GET /odd path/{id}")
        String odd(@Param("id") String id);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "https://api.example.com",
                "https://api.example.com/",
                "https://relay.example.com/kling",
                "https://relay.example.com/kling/",
                "http://127.0.0.1:8089/v1/kling",
                "https://api.example.com/base?tenant=a",
            })
    void every_request_goes_to_the_url_feigns_own_target_would_send_it_to(String baseUrl) {
        java.util.List<String> ours = new java.util.ArrayList<>();
        java.util.List<String> feigns = new java.util.ArrayList<>();
        Paths targeted = feign.Feign.builder()
                .contract(new TargetedContract(baseUrl))
                .client(recording(ours))
                .target(new TargetedContract.BaseUrlTarget<>(Paths.class, baseUrl));
        Paths plain = feign.Feign.builder().client(recording(feigns)).target(Paths.class, baseUrl);

        for (Paths api : java.util.List.of(targeted, plain)) {
            api.create();
            api.list();
            api.element("u_123/../x y");
            api.result("abc-1");
            api.submit("kling-v2", "https://hooks.example.com/a?b=c");
            api.voices(2, 30);
            api.odd("1");
        }

        assertThat(ours).isEqualTo(feigns).hasSize(7);
    }

    private static feign.Client recording(java.util.List<String> urls) {
        return (request, options) -> {
            urls.add(request.httpMethod() + " " + request.url());
            return feign.Response.builder()
                    .status(200)
                    .request(request)
                    .headers(Map.of())
                    .body("ok", java.nio.charset.StandardCharsets.UTF_8)
                    .build();
        };
    }

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
