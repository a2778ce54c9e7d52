package io.elements4j.examples.acme.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A character as a listing shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcmeCharacter(String id, String name, String description, @JsonProperty("image_url") String imageUrl,
                            @JsonProperty("created_at") Instant createdAt) {
}
