package io.elements4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shape the CLI writes with --json, as trees. */
class DomainJsonTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) DomainJson.tree(value);
    }

    @Test
    void an_element_has_the_clis_fields_in_the_clis_order_with_its_id_as_a_string() {
        Map<String, Object> element = object(DomainSamples.element());

        assertThat(element.keySet())
                .containsExactly(
                        "id",
                        "name",
                        "description",
                        "kind",
                        "status",
                        "origin",
                        "tags",
                        "voice",
                        "media",
                        "createdAt",
                        "updatedAt");
        assertThat(element)
                .containsEntry("id", DomainSamples.BIG_ID)
                .containsEntry("kind", "IMAGE")
                .containsEntry("createdAt", "2026-01-02T03:04:05.678Z")
                .containsEntry("updatedAt", null);
        assertThat(element.get("tags"))
                .isEqualTo(java.util.List.of(
                        Map.of("id", "o_102", "name", "Character", "kind", "CHARACTER"), tagWithoutKind()));
        Map<String, Object> media = object(DomainSamples.element().media());
        assertThat(media.keySet()).containsExactly("cover", "references", "video");
        assertThat(media)
                .containsEntry("cover", "https://example.com/front.jpg")
                .containsEntry("video", null)
                .containsEntry(
                        "references",
                        java.util.List.of("https://example.com/side.jpg", "https://example.com/back.jpg"));
        assertThat(element.get("media")).isEqualTo(media);
    }

    private static Map<String, Object> tagWithoutKind() {
        Map<String, Object> tag = new LinkedHashMap<>();
        tag.put("id", "o_999");
        tag.put("name", "Other");
        tag.put("kind", null);
        return tag;
    }

    @Test
    void a_page_of_elements_reads_as_the_clis_page() {
        Map<String, Object> page = object(DomainSamples.all().get("page"));

        assertThat(page.keySet()).containsExactly("page", "size", "total", "hasMore", "elements");
        assertThat(page).containsEntry("total", 3L).containsEntry("hasMore", true);
        assertThat(page.get("elements")).asList().hasSize(2);
    }

    @Test
    void an_error_has_its_type_and_the_fields_of_its_kind() {
        Map<String, Object> invalid = object(DomainSamples.all().get("invalidRequest"));
        Map<String, Object> limited = object(DomainSamples.all().get("rateLimited"));

        assertThat(invalid)
                .containsEntry("type", "InvalidRequest")
                .containsEntry("retryable", false)
                .containsEntry(
                        "violations",
                        java.util.List.of(Map.of(
                                "field",
                                "name",
                                "code",
                                "name.too-long",
                                "message",
                                "name is longer than 20 characters")));
        assertThat(limited)
                .containsEntry("type", "RateLimited")
                .containsEntry("retryAfter", "PT1.5S")
                .containsEntry("vendorCode", "429")
                .containsEntry("requestId", "req-1");
        assertThat(((ElementsError) DomainSamples.all().get("rateLimited")).retryable())
                .isEqualTo(limited.get("retryable"));
    }

    @Test
    void vavr_values_are_values_and_arrays_whole() {
        assertThat(DomainJson.tree(Option.some("a"))).isEqualTo("a");
        assertThat(DomainJson.tree(Option.none())).isNull();
        assertThat(DomainJson.tree(List.of(1, 2, 3))).isEqualTo(java.util.List.of(1, 2, 3));
    }
}
