package io.elements4j.adapter.useapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.testkit.VirtualTime;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.useapi.UseapiSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Clients on virtual time, drafts, and JSON helpers for the adapter's tests. */
final class UseapiTestKit {

    static final String COVER = "https://cdn.example.com/e4j/front.jpg";
    static final String VIDEO = "https://cdn.example.com/e4j/talk.mp4";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UseapiTestKit() {
    }

    /** A client of the simulator, with its token, on virtual time. */
    static ProviderConfig.Builder configFor(UseapiSimulator vendor, VirtualTime time) {
        return configAt(vendor.baseUrl() + UseapiSimulator.BASE_PATH, vendor.credential(), time);
    }

    static ProviderConfig.Builder configAt(String baseUrl, String token, VirtualTime time) {
        return ProviderConfig.builder("useapi").baseUrl(baseUrl).apiKey(token).clock(time.clock()).sleeper(time);
    }

    static VendorClient client(ProviderConfig.Builder config) {
        return new UseapiElementsProvider().create(config.build());
    }

    static ElementDraft.Builder image(String name) {
        return ElementDraft.image(name, MediaSource.url(COVER));
    }

    static ElementDraft.Builder characterVideo(String name) {
        return ElementDraft.video(name, MediaSource.url(VIDEO)).tag(TagKind.CHARACTER);
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode body(RecordedRequest request) {
        return json(request.body());
    }

    /** A golden fixture from {@code src/test/resources/useapi/}. */
    static String fixture(String name) {
        try (InputStream in = UseapiTestKit.class.getResourceAsStream("/useapi/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
