package io.elements4j.adapter.useapi.internal;

import java.util.List;

/** The answer to {@code POST /elements}: every element created (up to 3 with {@code generateViews}) and their count. */
public record CreatedElements(List<UseapiElement> elements, Integer count) {}
