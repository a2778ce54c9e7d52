package com.example.characters;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.junit.ElementsSandbox;
import org.junit.jupiter.api.Test;

@ElementsSandbox
class CharacterServiceTest {

    @Test
    void creates_the_courier(Elements elements, VendorSimulator vendor) {
        assertThat(new CharacterService(elements).createCourier().isRight()).isTrue();
        assertThat(vendor.creations()).hasSize(1);
    }
}
