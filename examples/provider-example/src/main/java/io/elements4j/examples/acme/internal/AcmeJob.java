package io.elements4j.examples.acme.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A job: {@code status} is {@code queued}, {@code running}, {@code done} (with the character) or {@code failed}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcmeJob(String id, String status, @JsonProperty("character_id") String characterId, String error) {
}
