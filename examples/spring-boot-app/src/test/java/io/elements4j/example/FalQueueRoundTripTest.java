package io.elements4j.example;

import io.elements4j.sandbox.junit.ElementsSandbox;

@ElementsSandbox(provider = "fal-queue")
class FalQueueRoundTripTest extends RoundTripOnSandbox {}
