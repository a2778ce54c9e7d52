package io.elements4j.adapter.useapi.internal;

/**
 * One media file of an element.
 *
 * @param resource    its URL
 * @param resourceKey {@code cover}, {@code secondary} or {@code video}
 * @param cover       whether it is the cover
 * @param slotKey     the view it shows: {@code side}, {@code back}, {@code topView}, or empty
 * @param voice       a voice bound through this resource (useapi.net's element docs's model), if any
 */
public record UseapiResource(
        String resource,
        Integer width,
        Integer height,
        String resourceKey,
        Boolean cover,
        String slotKey,
        UseapiVoice voice) {}
