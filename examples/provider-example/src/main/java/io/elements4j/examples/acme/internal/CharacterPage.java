package io.elements4j.examples.acme.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of the listing; {@code next_cursor} is null on the last. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CharacterPage(List<AcmeCharacter> items, @JsonProperty("next_cursor") String nextCursor) {
}
