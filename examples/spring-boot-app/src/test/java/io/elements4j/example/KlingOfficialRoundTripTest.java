package io.elements4j.example;

import io.elements4j.sandbox.junit.ElementsSandbox;

@ElementsSandbox(provider = "kling-official")
class KlingOfficialRoundTripTest extends RoundTripOnSandbox {}
