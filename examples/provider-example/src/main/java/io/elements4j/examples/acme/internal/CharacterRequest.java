package io.elements4j.examples.acme.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code POST /v2/characters}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CharacterRequest(String name, String description, @JsonProperty("image_url") String imageUrl,
                               @JsonProperty("extra_image_urls") List<String> extraImageUrls) {
}
