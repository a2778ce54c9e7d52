package io.elements4j.conformance.broken;

import io.elements4j.conformance.reference.InMemoryVendor;
import io.elements4j.conformance.reference.ReferenceClient;
import io.elements4j.conformance.reference.ReferenceProvider;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ProviderConfig;
import io.vavr.collection.List;

/**
 * Deliberately broken providers: each is the reference provider with one defect a real adapter could have.
 * The self-test runs the suite against each and asserts the suite catches the defect.
 */
public final class BrokenProviders {

    private BrokenProviders() {
    }

    /** Forgets the tags an element carries. */
    public static final class DropsTags extends ReferenceProvider {
        @Override
        protected String id() {
            return "broken-drops-tags";
        }

        @Override
        protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
            return new ReferenceClient(vendor, config) {
                @Override
                protected Element present(Element element) {
                    return new Element(element.id(), element.name(), element.description(), element.kind(),
                            List.empty(), element.voice(), element.media(), element.origin(), element.status(),
                            element.createdAt(), element.updatedAt());
                }
            };
        }
    }

    /** Sends a create again after the connection was reset, though the first may have been accepted. */
    public static final class ResendsCreates extends ReferenceProvider {
        @Override
        protected String id() {
            return "broken-resends-creates";
        }

        @Override
        protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
            return new ReferenceClient(vendor, config) {
                @Override
                protected boolean resendsAmbiguousCreates() {
                    return true;
                }
            };
        }
    }

    /** Reports a failed task as succeeded. */
    public static final class HidesFailures extends ReferenceProvider {
        @Override
        protected String id() {
            return "broken-hides-failures";
        }

        @Override
        protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
            return new ReferenceClient(vendor, config) {
                @Override
                protected TaskState present(TaskState state) {
                    return state == TaskState.FAILED ? TaskState.SUCCEEDED : state;
                }
            };
        }
    }

    /** Puts the rejected API key into its error message. */
    public static final class LeaksSecrets extends ReferenceProvider {
        @Override
        protected String id() {
            return "broken-leaks-secrets";
        }

        @Override
        protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
            return new ReferenceClient(vendor, config) {
                @Override
                protected String unauthorizedMessage(String presentedKey) {
                    return "the API key " + presentedKey + " was rejected";
                }
            };
        }
    }

    /** Takes an unreadable answer to a poll for the vendor saying the task failed. */
    public static final class FailsOnBadPolls extends ReferenceProvider {
        @Override
        protected String id() {
            return "broken-fails-on-bad-polls";
        }

        @Override
        protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
            return new ReferenceClient(vendor, config) {
                @Override
                public io.vavr.control.Either<io.elements4j.domain.error.ElementsError,
                        io.elements4j.domain.task.CreationTask> task(io.elements4j.domain.task.CreationTaskId id) {
                    return super.task(id).orElse(() -> io.vavr.control.Either.right(
                            io.elements4j.domain.task.CreationTask.of(id, TaskState.FAILED)
                                    .withFailureReason("the vendor's answer could not be read")));
                }
            };
        }
    }

    /** Sends an ambiguous create again at once, as a fresh request — on a vendor without keys, a second element. */
    public static final class ResendsCreatesBlindly extends ReferenceProvider {
        @Override
        protected String id() {
            return "broken-resends-creates-blindly";
        }

        @Override
        protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
            return new ReferenceClient(vendor, config) {
                @Override
                public io.vavr.control.Either<io.elements4j.domain.error.ElementsError,
                        io.elements4j.domain.task.CreationTask> submit(io.elements4j.domain.draft.ElementDraft draft) {
                    io.vavr.control.Either<io.elements4j.domain.error.ElementsError,
                            io.elements4j.domain.task.CreationTask> sent = super.submitOnce(draft);
                    for (int i = 0; i < 3 && sent.isLeft(); i++) {
                        sent = super.submitOnce(draft.toBuilder().idempotencyKey(
                                io.elements4j.domain.draft.IdempotencyKey.generate()).build());
                    }
                    return sent;
                }
            };
        }
    }

    /**
     * Kling's adapter with its callback verification taken out: every callback is read as it comes, signed or not,
     * even with a webhook secret configured.
     */
    public static final class IgnoresCallbackSignatures extends CallbackOverride {
        public IgnoresCallbackSignatures() {
            super(new io.elements4j.adapter.kling.KlingOfficialElementsProvider(),
                    callback -> io.elements4j.adapter.kling.KlingCallbacks.parse(callback.bodyText()));
        }
    }

    /** Evolink's adapter, declaring callbacks but reading none of them: every wait falls back on its polls. */
    public static final class ReadsNoCallbacks extends CallbackOverride {
        public ReadsNoCallbacks() {
            super(new io.elements4j.adapter.evolink.EvolinkElementsProvider(),
                    callback -> io.vavr.control.Either.left(io.elements4j.domain.error.ElementsError.ProviderFailure.definite(
                            "callback ignored", 0, io.vavr.control.Option.none(), io.vavr.control.Option.none())));
        }
    }

    /** A real adapter whose client answers callbacks its own (broken) way; everything else is the adapter's. */
    abstract static class CallbackOverride implements io.elements4j.ports.spi.ElementsProvider {
        private final io.elements4j.ports.spi.ElementsProvider real;
        private final java.util.function.Function<io.elements4j.ports.callback.IncomingCallback,
                io.vavr.control.Either<io.elements4j.domain.error.ElementsError,
                        io.elements4j.domain.task.CreationTask>> reading;

        CallbackOverride(io.elements4j.ports.spi.ElementsProvider real,
                         java.util.function.Function<io.elements4j.ports.callback.IncomingCallback,
                                 io.vavr.control.Either<io.elements4j.domain.error.ElementsError,
                                         io.elements4j.domain.task.CreationTask>> reading) {
            this.real = real;
            this.reading = reading;
        }

        @Override
        public io.elements4j.ports.spi.ProviderMetadata metadata() {
            return real.metadata();
        }

        @Override
        public io.vavr.collection.Map<String, String> defaults() {
            return real.defaults();
        }

        @Override
        public VendorClient create(ProviderConfig config) {
            VendorClient client = real.create(config);
            return (VendorClient) java.lang.reflect.Proxy.newProxyInstance(VendorClient.class.getClassLoader(),
                    new Class<?>[] {VendorClient.class}, (proxy, method, args) -> {
                        if (method.getName().equals("readCallback")) {
                            return reading.apply((io.elements4j.ports.callback.IncomingCallback) args[0]);
                        }
                        try {
                            return method.invoke(client, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
