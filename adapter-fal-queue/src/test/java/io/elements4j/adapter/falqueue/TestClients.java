package io.elements4j.adapter.falqueue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.testkit.VirtualTime;
import io.elements4j.sandbox.queue.FalQueueSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Clients of the provider on virtual time, drafts valid for the queue, and golden fixtures. */
final class TestClients {

    static final String API_KEY = "gmi-test-key-Zq81xTT0pSECRET";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final MediaFacts IMAGE = MediaFacts.unknown().withDimensions(1024, 1536).withSizeBytes(400_000);
    private static final MediaFacts VIDEO = MediaFacts.unknown().withDimensions(1920, 1080)
            .withDuration(Duration.ofSeconds(5)).withSizeBytes(12_000_000);

    private TestClients() {
    }

    /** A client against {@code baseUrl} with {@link #API_KEY}, extra settings, on {@code time}. */
    static VendorClient client(String baseUrl, VirtualTime time, Map<String, String> settings) {
        return client(baseUrl, API_KEY, time, settings);
    }

    /** A client of a simulator, with the key it accepts. */
    static VendorClient client(FalQueueSimulator vendor, VirtualTime time, Map<String, String> settings) {
        return client(vendor.configuration().get("elements.fal-queue.base-url").get(), vendor.credential(), time, settings);
    }

    static VendorClient client(FalQueueSimulator vendor, VirtualTime time) {
        return client(vendor, time, Map.of());
    }

    static VendorClient client(String baseUrl, String apiKey, VirtualTime time, Map<String, String> settings) {
        ProviderConfig.Builder config = ProviderConfig.builder("fal-queue").baseUrl(baseUrl).apiKey(apiKey)
                .clock(time.clock()).sleeper(time);
        settings.forEach(config::set);
        return new FalQueueElementsProvider().create(config.build());
    }

    static VendorClient client(String baseUrl, VirtualTime time) {
        return client(baseUrl, time, Map.of());
    }

    /** An image element with a frontal photo and two extra angles. */
    static ElementDraft.Builder image(String name) {
        return ElementDraft.image(name, MediaSource.url("https://example.com/mara/front.jpg", IMAGE))
                .description("A detective in a long grey coat")
                .extras(MediaSource.url("https://example.com/mara/left.jpg", IMAGE),
                        MediaSource.url("https://example.com/mara/right.png", IMAGE));
    }

    static ElementDraft.Builder video(String name, VoiceBinding voice) {
        return ElementDraft.video(name, MediaSource.url("https://example.com/leo/talking.mp4", VIDEO))
                .description("A bearded man speaking to the camera").voice(voice);
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture from {@code src/test/resources}, e.g. {@code golden/submit-response-vendors-d1.json}. */
    static String fixture(String path) {
        try (InputStream in = TestClients.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
