package io.elements4j.callback.server;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.VoiceBindingKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vendor whose tasks never finish on a poll and whose callbacks are {@code done:<task id>}, signed by an
 * {@code x-signature: good} header: only a callback can end a wait on it.
 */
final class SignedVendor implements ElementsProvider {

    final AtomicInteger polls = new AtomicInteger();
    /** Counted down when a callback is being read; the read then waits for {@link #release}. */
    final CountDownLatch reading = new CountDownLatch(1);
    /** Lets a callback being read finish; open unless a test closes it first. */
    volatile CountDownLatch release = new CountDownLatch(0);

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
                "signed",
                "Signed vendor",
                HashSet.of(Capability.CREATE_IMAGE_ELEMENT, Capability.TASK_QUERY, Capability.CALLBACKS),
                anything,
                "https://signed.invalid",
                List.of(ConfigKey.secret("api-key", "key", "SIGNED_API_KEY")),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        return new VendorClient() {
            @Override
            public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                return Either.right(CreationTask.of(CreationTaskId.of("t-1"), TaskState.SUBMITTED));
            }

            @Override
            public Either<ElementsError, CreationTask> task(CreationTaskId id) {
                polls.incrementAndGet();
                return Either.right(CreationTask.of(id, TaskState.PROCESSING));
            }

            @Override
            public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
                if (!callback.header("x-signature").contains("good")) {
                    return Either.left(
                            new ElementsError.Unauthorized("callback signature refused", Option.none(), Option.none()));
                }
                reading.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String body = callback.bodyText();
                if (!body.startsWith("done:")) {
                    return Either.left(ElementsError.ProviderFailure.definite(
                            "not a callback of ours", 0, Option.none(), Option.none()));
                }
                CreationTaskId id = CreationTaskId.of(body.substring(5).trim());
                return Either.right(CreationTask.of(id, TaskState.SUCCEEDED)
                        .withElementIds(List.of(ElementId.of("e-" + id.value()))));
            }
        };
    }
}
