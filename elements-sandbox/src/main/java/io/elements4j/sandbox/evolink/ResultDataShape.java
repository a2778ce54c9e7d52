package io.elements4j.sandbox.evolink;

/**
 * Where a finished Evolink task puts the new {@code element_id} inside {@code result_data}.
 *
 * <p>Evolink documents only that "{@code result_data} will contain the {@code element_id}" (docs/vendors.md, open
 * question F1); its own MCP types {@code result_data} as an array of objects. The simulator can answer in each shape
 * community code probes for, so a client can be tested against all of them.
 */
public enum ResultDataShape {

    /** {@code "result_data": [{"element_id": 863121023120580600}]} — the default. */
    ARRAY_OF_OBJECTS_WITH_NUMBER,

    /** {@code "result_data": {"element_id": 863121023120580600}} */
    OBJECT_WITH_NUMBER,

    /** {@code "result_data": [{"element_id": "863121023120580600"}]} */
    ARRAY_OF_OBJECTS_WITH_STRING,

    /** {@code "result_data": {"element": {"element_id": "863121023120580600"}}} — found only by a walk of every key. */
    NESTED_OBJECT_WITH_STRING
}
