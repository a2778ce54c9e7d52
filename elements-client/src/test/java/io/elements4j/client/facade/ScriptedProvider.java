package io.elements4j.client.facade;

import io.elements4j.client.testproviders.TestProfiles;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Deadline;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.function.Function;
import java.util.function.Supplier;

/** A provider whose client answers from scripts and records every call, for facade tests. */
final class ScriptedProvider implements ElementsProvider {

    final java.util.List<String> calls = new ArrayList<>();
    final Set<Capability> capabilities;
    Deque<TaskState> taskStates = new ArrayDeque<>();
    Supplier<Either<ElementsError, CreationTask>> onSubmit =
            () -> Either.right(CreationTask.of(CreationTaskId.of("t-1"), TaskState.SUBMITTED));
    /** What a create answers for the draft as sent; by default {@link #onSubmit}'s answer. */
    Function<ElementDraft, Either<ElementsError, CreationTask>> onSubmitDraft = draft -> onSubmit.get();
    /** The draft key its callback bodies echo, as a vendor that keeps the key does. */
    Option<IdempotencyKey> callbackKey = Option.none();

    Option<String> lastConfigKey = Option.none();
    /** The deadline each task poll saw open. */
    final java.util.List<Option<Deadline>> deadlines = new ArrayList<>();
    /** Whether a SUCCEEDED task names no element (as a create answered "succeed" at once may). */
    boolean successesWithoutElements;
    /** How its client says it judges callbacks. */
    CallbackVerification verification = CallbackVerification.SIGNATURES_CHECKED;

    ScriptedProvider(Capability... capabilities) {
        this.capabilities = HashSet.of(capabilities);
    }

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(
                "kling-official",
                "Scripted",
                capabilities,
                TestProfiles.STRICT,
                "https://scripted.invalid",
                List.of(ConfigKey.secret("api-key", "key", "KLING_API_KEY")),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        lastConfigKey = config.secret("api-key").map(Object::toString);
        return new VendorClient() {
            @Override
            public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                calls.add("submit");
                return onSubmitDraft.apply(draft);
            }

            @Override
            public CallbackVerification callbackVerification() {
                return verification;
            }

            /** {@code done:<id>} is a success, signed by an {@code x-signature: good} header. */
            @Override
            public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
                calls.add("callback");
                if (!callback.header("x-signature").contains("good")) {
                    return Either.left(
                            new ElementsError.Unauthorized("callback signature refused", Option.none(), Option.none()));
                }
                String body = callback.bodyText();
                if (!body.startsWith("done:")) {
                    return Either.left(ElementsError.ProviderFailure.definite(
                            "not a scripted callback body", 0, Option.none(), Option.none()));
                }
                CreationTaskId id = CreationTaskId.of(body.substring(5).trim());
                CreationTask done = CreationTask.of(id, TaskState.SUCCEEDED)
                        .withElementIds(List.of(ElementId.of("e-" + id.value())));
                return Either.right(callbackKey.map(done::withIdempotencyKey).getOrElse(done));
            }

            @Override
            public Either<ElementsError, CreationTask> task(CreationTaskId id) {
                calls.add("task");
                TaskState state = taskStates.isEmpty() ? TaskState.PROCESSING : taskStates.poll();
                deadlines.add(Deadline.current());
                CreationTask task = CreationTask.of(id, state);
                if (state == TaskState.SUCCEEDED && !successesWithoutElements) {
                    task = task.withElementIds(List.of(ElementId.of("e-" + id.value())));
                }
                return Either.right(
                        state == TaskState.FAILED
                                ? task.withFailureReason("no face found").withFailureCode("no_subject")
                                : task);
            }

            @Override
            public Either<ElementsError, Option<Element>> find(ElementId id) {
                calls.add("find");
                throw new IllegalStateException("client bug");
            }

            @Override
            public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
                calls.add("list");
                return Either.right(new Page<>(List.empty(), page, Option.none(), false));
            }

            @Override
            public Either<ElementsError, Page<Element>> presets(PageRequest page) {
                calls.add("presets");
                return Either.right(new Page<>(List.empty(), page, Option.none(), false));
            }

            @Override
            public Either<ElementsError, Seq<Tag>> tags() {
                calls.add("tags");
                return Either.right(List.empty());
            }

            @Override
            public Either<ElementsError, Seq<Voice>> voices() {
                calls.add("voices");
                return Either.right(List.empty());
            }

            @Override
            public Either<ElementsError, Deletion> delete(ElementId id) {
                calls.add("delete");
                return Either.right(Deletion.deleted(id));
            }
        };
    }
}
