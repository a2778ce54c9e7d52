package io.elements4j.adapter.kling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.testkit.VirtualTime;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.kling.KlingSimulator;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A Kling simulator and clients of it sharing one virtual clock, so JWTs, backoff and task progress all run on
 * virtual time; plus drafts and JSON helpers.
 */
final class KlingTestbed implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final MediaFacts PHOTO = MediaFacts.unknown().withDimensions(1024, 1536).withSizeBytes(400_000);
    static final MediaFacts VIDEO = MediaFacts.unknown().withDimensions(1920, 1080)
            .withDuration(Duration.ofSeconds(5)).withSizeBytes(12_000_000);

    final VirtualTime time = VirtualTime.startingNow();
    final KlingSimulator kling = new KlingSimulator(time.clock(), new SplittableRandom(42));

    /** A client with the API key. */
    VendorClient client() {
        return new KlingOfficialElementsProvider().create(config().apiKey(kling.credential()).build());
    }

    /** A client with the access key and secret key (JWT). */
    VendorClient jwtClient() {
        return new KlingOfficialElementsProvider().create(config().set("access-key", kling.accessKey())
                .secret("secret-key", kling.secretKey()).build());
    }

    ProviderConfig.Builder config() {
        return ProviderConfig.builder("kling-official").baseUrl(kling.baseUrl()).clock(time.clock()).sleeper(time);
    }

    Seq<RecordedRequest> sent(Operation operation) {
        return kling.journal().filter(r -> r.operation() == operation);
    }

    RecordedRequest last(Operation operation) {
        return sent(operation).last();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = KlingTestbed.class.getResourceAsStream("/kling/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /kling/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ElementDraft.Builder imageDraft(String name) {
        return ElementDraft.image(name, MediaSource.url("https://cdn.example.com/maeva/front.jpg", PHOTO))
                .extras(MediaSource.url("https://cdn.example.com/maeva/side.png", PHOTO))
                .description("Red-haired courier");
    }

    static ElementDraft.Builder videoDraft(String name) {
        return ElementDraft.video(name, MediaSource.url("https://cdn.example.com/maeva/talk.mp4", VIDEO))
                .description("Red-haired courier, speaking");
    }

    @Override
    public void close() {
        kling.close();
    }
}
