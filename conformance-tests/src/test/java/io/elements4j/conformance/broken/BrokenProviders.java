package io.elements4j.conformance.broken;

import io.elements4j.conformance.reference.InMemoryVendor;
import io.elements4j.conformance.reference.ReferenceClient;
import io.elements4j.conformance.reference.ReferenceProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ProviderConfig;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;

/**
 * Deliberately broken providers: each is the reference provider with one defect a real adapter could have.
 * The self-test runs the suite against each and asserts the suite catches the defect.
 */
public final class BrokenProviders {

    private BrokenProviders() {}

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
                    return new Element(
                            element.id(),
                            element.name(),
                            element.description(),
                            element.kind(),
                            List.empty(),
                            element.voice(),
                            element.media(),
                            element.origin(),
                            element.status(),
                            element.createdAt(),
                            element.updatedAt());
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
                public Either<ElementsError, CreationTask> task(CreationTaskId id) {
                    return super.task(id)
                            .orElse(() -> Either.right(CreationTask.of(id, TaskState.FAILED)
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
                public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                    Either<ElementsError, CreationTask> sent = super.submitOnce(draft);
                    for (int i = 0; i < 3 && sent.isLeft(); i++) {
                        sent = super.submitOnce(draft.toBuilder()
                                .idempotencyKey(IdempotencyKey.generate())
                                .build());
                    }
                    return sent;
                }
            };
        }
    }

    /**
     * Lists, takes no idempotency key, and leaves a lost create ambiguous instead of looking for it in the listing:
     * caught unless its conformance class says the listing cannot tell (recoversLostCreatesFromListing).
     */
    public static final class KeylessLister extends ReferenceProvider {
        @Override
        protected String id() {
            return "keyless-lister";
        }

        @Override
        protected Set<Capability> capabilities() {
            return super.capabilities().remove(Capability.IDEMPOTENT_CREATE);
        }

        @Override
        protected VendorClient client(InMemoryVendor vendor, ProviderConfig config) {
            return new ReferenceClient(vendor, config) {
                @Override
                public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                    return submitOnce(draft);
                }
            };
        }
    }
}
