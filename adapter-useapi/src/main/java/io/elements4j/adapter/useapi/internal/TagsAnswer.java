package io.elements4j.adapter.useapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code GET /elements/tags/}: {@code {tagList: [{id, tagKey, name, official, type}]}}, read as trees to stay lenient. */
public record TagsAnswer(List<JsonNode> tagList) {}
