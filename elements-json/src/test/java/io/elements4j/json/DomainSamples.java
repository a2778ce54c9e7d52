package io.elements4j.json;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceId;
import io.elements4j.domain.voice.VoiceOrigin;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One value of every public domain type a host app returns, for the JSON modules' tests. */
public final class DomainSamples {

    /** A 64-bit id that a JavaScript number would round. */
    public static final String BIG_ID = "9007199254740993123";

    private DomainSamples() {}

    /** The element every sample holding one holds. */
    public static Element element() {
        return new Element(
                ElementId.of(BIG_ID),
                "Maeva",
                "Red-haired courier",
                ReferenceKind.IMAGE,
                List.of(Tag.of(TagKind.CHARACTER), new Tag.Unrecognised("o_999", "Other")),
                Option.some(new Voice(VoiceId.of("v-1"), "Calm", VoiceOrigin.OFFICIAL, Option.none())),
                ElementMedia.images(
                        "https://example.com/front.jpg",
                        List.of("https://example.com/side.jpg", "https://example.com/back.jpg")),
                Origin.CUSTOM,
                ElementStatus.ACTIVE,
                Option.some(Instant.parse("2026-01-02T03:04:05.678912Z")),
                Option.none());
    }

    /** Every sample by a name for test reports. */
    public static Map<String, Object> all() {
        Map<String, Object> samples = new LinkedHashMap<>();
        Element element = element();
        samples.put("element", element);
        samples.put("elementId", element.id());
        samples.put("media", element.media());
        samples.put("tag", element.tags().head());
        samples.put("voice", element.voice().get());
        samples.put("voiceId", element.voice().get().id());
        samples.put(
                "task",
                new CreationTask(
                        CreationTaskId.of("task-" + BIG_ID),
                        TaskState.SUCCEEDED,
                        List.of(element.id()),
                        List.of(element),
                        Option.none(),
                        Option.none(),
                        Option.some(IdempotencyKey.of("key-1")),
                        Option.some(100),
                        Option.none(),
                        Option.none()));
        samples.put("taskId", CreationTaskId.of("task-1"));
        samples.put("idempotencyKey", IdempotencyKey.of("key-1"));
        samples.put("page", new Page<>(List.of(element, element), PageRequest.first(2), Option.some(3L), true));
        samples.put("pageRequest", PageRequest.of(2, 50));
        samples.put("deletion", Deletion.deleted(element.id()));
        samples.put("violation", new RuleViolation("name", "name.too-long", "name is longer than 20 characters"));
        samples.put(
                "invalidRequest",
                ElementsError.InvalidRequest.of(
                        List.of(new RuleViolation("name", "name.too-long", "name is longer than 20 characters"))));
        samples.put(
                "rateLimited",
                new ElementsError.RateLimited(
                        "slow down", Option.some(Duration.ofMillis(1500)), Option.some("429"), Option.some("req-1")));
        samples.put("unsupported", ElementsError.Unsupported.of("Evolink", Capability.LIST));
        samples.put(
                "taskFailed",
                new ElementsError.TaskFailed(
                        CreationTaskId.of("task-1"), "face not found", Option.some("1303"), Option.some("req-2")));
        samples.put(
                "providerFailure",
                ElementsError.ProviderFailure.definite("bad gateway", 502, Option.none(), Option.some("req-3")));
        samples.put("option", Option.some(element.id()));
        samples.put("none", Option.none());
        samples.put("list", List.of(element.id(), ElementId.of("2")));
        return samples;
    }
}
