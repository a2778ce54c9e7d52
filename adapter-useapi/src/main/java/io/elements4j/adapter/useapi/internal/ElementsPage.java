package io.elements4j.adapter.useapi.internal;

import java.util.List;

/** One page of {@code GET /elements/}: {@code {elementsList, pageNum, pageSize, total}}. */
public record ElementsPage(List<UseapiElement> elementsList, Integer pageNum, Integer pageSize, Long total) {}
