package io.elements4j.ports.testproviders;

/** Registered as a provider by mistake: it does not implement ElementsProvider. */
public class NotAProvider {
}
