package io.elements4j.client.testproviders;

/** Registered as a provider by mistake: it does not implement ElementsProvider. */
public class NotAProvider {}
