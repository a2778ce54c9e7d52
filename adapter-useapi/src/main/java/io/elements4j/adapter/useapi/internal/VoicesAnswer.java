package io.elements4j.adapter.useapi.internal;

import java.util.List;

/** {@code GET /elements/voices/}: {@code {voices: [{id, name}]}}. */
public record VoicesAnswer(List<UseapiVoice> voices) {}
