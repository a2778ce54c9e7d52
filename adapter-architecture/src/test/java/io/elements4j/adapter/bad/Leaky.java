package io.elements4j.adapter.bad;

/** Public outside internal, though it is not the provider. */
public class Leaky {}
