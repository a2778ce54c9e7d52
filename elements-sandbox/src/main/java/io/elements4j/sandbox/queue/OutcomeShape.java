package io.elements4j.sandbox.queue;

/**
 * Where a finished {@code kling-create-element} request puts the created element inside its {@code outcome}.
 *
 * <p>GMI Cloud's queue guide says only that "the outcome will contain the created element with its element_id"; the key path is
 * not documented (see docs/vendors.md). The simulator can answer in each plausible shape so clients
 * are proven to find the id wherever it sits.
 */
public enum OutcomeShape {

    /** {@code {"element": {"element_id": …, "element_name": …}}} — the default. */
    ELEMENT,

    /** {@code {"element_id": …, "element_name": …}} */
    FLAT,

    /** {@code {"elements": [{"element_id": …, "element_name": …}]}} */
    ELEMENTS_ARRAY
}
