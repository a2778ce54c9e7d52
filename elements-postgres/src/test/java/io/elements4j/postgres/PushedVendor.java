package io.elements4j.postgres;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.VoiceBindingKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.DraftKeys;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vendor whose tasks never finish on a poll and whose callbacks are {@code <state>:<task id>} ({@code done:t-1},
 * {@code processing:t-1}, {@code failed:t-1}): only a callback can end a wait on it. The facades of every test
 * instance share it, as instances share one vendor account. With {@link #loseAnswers} set, a create makes its task
 * and its answer is lost ({@code CreationUnknown}): only the callback, whose URL names the draft, tells what it made.
 */
final class PushedVendor implements ElementsProvider {

    final AtomicInteger polls = new AtomicInteger();
    final AtomicBoolean loseAnswers = new AtomicBoolean();
    private final AtomicInteger tasks = new AtomicInteger();

    static final Map<String, String> CONFIG = Map.of("elements.pushed.api-key", "k");

    static ElementDraft draft(String name) {
        return ElementDraft.image(name, MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("a courier")
                .callbackUrl("https://hooks.example.com/elements")
                .build();
    }

    static IncomingCallback callback(String body) {
        return IncomingCallback.ofSingleValues(Map.of(), body);
    }

    /** A callback to the URL a draft was sent with: it names the draft. */
    static IncomingCallback callback(ElementDraft sent, String body) {
        return callback(body)
                .withUrl("/elements?" + DraftKeys.PARAMETER + "="
                        + sent.idempotencyKey().value());
    }

    @Override
    public ProviderMetadata metadata() {
        RuleProfile anything = new RuleProfile(
                "anything",
                RuleProfile.NameRule.atMost(64),
                RuleProfile.DescriptionRule.atMost(false, 200),
                Option.some(RuleProfile.ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG))),
                Option.none(),
                new RuleProfile.VoiceRules(HashSet.<VoiceBindingKind>empty(), HashSet.<ReferenceKind>empty(), false),
                new RuleProfile.TagRules(8),
                Option.some(new RuleProfile.CallbackRules(2048, true, true)),
                false);
        return new ProviderMetadata(
                "pushed",
                "Pushed vendor",
                HashSet.of(Capability.CREATE_IMAGE_ELEMENT, Capability.TASK_QUERY, Capability.CALLBACKS),
                anything,
                "https://pushed.invalid",
                List.of(ConfigKey.secret("api-key", "key", "PUSHED_API_KEY")),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        return new VendorClient() {
            @Override
            public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                CreationTaskId made = CreationTaskId.of("t-" + tasks.incrementAndGet());
                if (loseAnswers.get()) {
                    return Either.left(new ElementsError.CreationUnknown(
                            "the answer was lost",
                            draft.idempotencyKey(),
                            List.empty(),
                            0,
                            Option.none(),
                            Option.none()));
                }
                return Either.right(CreationTask.of(made, TaskState.SUBMITTED));
            }

            @Override
            public Either<ElementsError, CreationTask> task(CreationTaskId id) {
                polls.incrementAndGet();
                return Either.right(CreationTask.of(id, TaskState.PROCESSING));
            }

            @Override
            public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
                String[] parts = callback.bodyText().split(":", 2);
                if (parts.length != 2) {
                    return Either.left(ElementsError.ProviderFailure.definite(
                            "not a callback of ours", 0, Option.none(), Option.none()));
                }
                CreationTaskId id = CreationTaskId.of(parts[1].trim());
                return Either.right(
                        switch (parts[0]) {
                            case "done" ->
                                CreationTask.of(id, TaskState.SUCCEEDED)
                                        .withElementIds(List.of(ElementId.of("e-" + id.value())));
                            case "done-without-elements" -> CreationTask.of(id, TaskState.SUCCEEDED);
                            case "failed" ->
                                CreationTask.of(id, TaskState.FAILED).withFailureReason("no face found");
                            default -> CreationTask.of(id, TaskState.PROCESSING).withProgress(50);
                        });
            }
        };
    }
}
