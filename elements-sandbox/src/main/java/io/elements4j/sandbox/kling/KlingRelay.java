package io.elements4j.sandbox.kling;

import io.elements4j.sandbox.Operation;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;

/**
 * A relay of Kling's element API, as {@link KlingSimulator} plays it: Kling's paths and bodies under the relay's path
 * prefix, a static Bearer token, only the operations it passes on, and the relay's own differences (docs/vendors.md,
 * "Relays of Kling's API").
 *
 * @param providerId  the provider id it stands in for (every component non-null)
 * @param pathPrefix  where Kling's {@code /v1/general/…} paths start ({@code /kling})
 * @param prefixInBaseUrl whether the provider's base URL carries the prefix (else its {@code path-prefix} key does)
 * @param operations  the operations the relay passes on; anything else is its 404
 * @param differences how it differs from Kling behind it
 */
public record KlingRelay(
        String providerId,
        String pathPrefix,
        boolean prefixInBaseUrl,
        Set<Operation> operations,
        Set<Trait> differences) {

    /**
     * anyfast: create and task query under {@code /kling}; a create answers anyfast's own task object; photo
     * elements only, {@code tag_list} required.
     *
     * @return the relay
     */
    public static KlingRelay anyfast() {
        return new KlingRelay(
                "anyfast",
                "/kling",
                true,
                HashSet.of(Operation.CREATE, Operation.TASK),
                HashSet.of(Trait.OWN_CREATE_ANSWER, Trait.IMAGES_WITH_TAGS));
    }

    /**
     * ezmodel, a new-api gateway: create, task, list, presets and {@code delete-elements} (not the advanced path)
     * under {@code /kling}, Kling's answers passed on raw, errors wrapped by the gateway, Kling's callbacks passed
     * through.
     *
     * @return the relay
     */
    public static KlingRelay ezmodel() {
        return new KlingRelay(
                "ezmodel",
                "/kling",
                true,
                HashSet.of(Operation.CREATE, Operation.TASK, Operation.LIST, Operation.PRESETS, Operation.DELETE),
                HashSet.of(Trait.GATEWAY_ERRORS, Trait.CALLS_BACK));
    }

    /**
     * A relay not listed, for the generic provider: create and task query under {@code /api/kling}, given to the
     * provider by its {@code path-prefix} key.
     *
     * @return the relay
     */
    public static KlingRelay generic() {
        return new KlingRelay(
                "kling-relay", "/api/kling", false, HashSet.of(Operation.CREATE, Operation.TASK), HashSet.empty());
    }

    boolean ownCreateAnswer() {
        return differences.contains(Trait.OWN_CREATE_ANSWER);
    }

    boolean imagesAndTags() {
        return differences.contains(Trait.IMAGES_WITH_TAGS);
    }

    boolean gatewayErrors() {
        return differences.contains(Trait.GATEWAY_ERRORS);
    }

    boolean callsBack() {
        return differences.contains(Trait.CALLS_BACK);
    }

    /** The configuration beyond base URL and key that points the provider at it. */
    Map<String, String> configuration() {
        return prefixInBaseUrl ? LinkedHashMap.empty() : LinkedHashMap.of("path-prefix", pathPrefix);
    }

    /**
     * A way a relay differs from Kling's own API: {@code OWN_CREATE_ANSWER}, a create answers the relay's own task object
     * rather than Kling's envelope; {@code IMAGES_WITH_TAGS}, photo elements only and {@code tag_list} required;
     * {@code GATEWAY_ERRORS}, errors wrapped by a new-api gateway ({@code {"code": "fail_to_fetch_task", "message":
     * "<Kling's error as JSON text>", "data": null}}, a bad token as {@code {"error": {message, type:
     * "new_api_error"}}}); {@code CALLS_BACK}, Kling's callbacks reach the caller (unsigned for us: the relay's Kling
     * account signs them).
     */
    public enum Trait {
        OWN_CREATE_ANSWER,
        IMAGES_WITH_TAGS,
        GATEWAY_ERRORS,
        CALLS_BACK
    }
}
