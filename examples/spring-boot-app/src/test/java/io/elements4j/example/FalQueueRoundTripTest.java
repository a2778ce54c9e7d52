package io.elements4j.example;

import io.elements4j.sandbox.junit.ElementsSandbox;

@ElementsSandbox(provider = "gmi-cloud")
class FalQueueRoundTripTest extends RoundTripOnSandbox {}
