package io.elements4j.example;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class KlingOfficialRoundTripTest extends RoundTripOnSandbox {

    @DynamicPropertySource
    static void vendor(DynamicPropertyRegistry registry) {
        properties("kling-official", registry);
    }
}
