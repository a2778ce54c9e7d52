package io.elements4j.example;

import io.elements4j.sandbox.junit.ElementsSandbox;

@ElementsSandbox(provider = "useapi")
class UseapiRoundTripTest extends RoundTripOnSandbox {}
