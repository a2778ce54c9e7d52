package io.elements4j.adapter.support;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A client cut down to what its provider declares: for a vendor that speaks a larger API's wire but offers only part
 * of it (a relay of Kling's API without listing or deleting), the full client is wrapped, and every operation the
 * metadata does not declare answers {@code Unsupported}, naming the provider, without a request — as the facade does,
 * so a caller holding the client directly sees the same.
 */
public final class DeclaredCapabilities implements VendorClient {

    private final VendorClient client;
    private final ProviderMetadata metadata;

    private DeclaredCapabilities(VendorClient client, ProviderMetadata metadata) {
        this.client = Objects.requireNonNull(client, "client");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * The client, answering only what {@code metadata} declares.
     *
     * @param client   the full client
     * @param metadata the provider's metadata, whose capabilities decide
     * @return the guarded client
     */
    public static VendorClient of(VendorClient client, ProviderMetadata metadata) {
        return new DeclaredCapabilities(client, metadata);
    }

    private <T> Either<ElementsError, T> only(Capability capability, Supplier<Either<ElementsError, T>> call) {
        return metadata.supports(capability)
                ? call.get()
                : Either.left(
                        ElementsError.Unsupported.of(metadata.displayName() + " (" + metadata.id() + ")", capability));
    }

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return client.submit(draft);
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return only(Capability.TASK_QUERY, () -> client.task(id));
    }

    /** Recovery of a lost create: by the key where the provider takes one, else by its listing, else none. */
    @Override
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        return only(
                metadata.supports(Capability.LIST) ? Capability.LIST : Capability.IDEMPOTENT_CREATE,
                () -> client.findCreated(draft, since));
    }

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return only(Capability.FIND, () -> client.find(id));
    }

    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return only(Capability.LIST, () -> client.list(filter, page));
    }

    @Override
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return only(Capability.PRESETS, () -> client.presets(page));
    }

    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return only(Capability.TAG_CATALOGUE, client::tags);
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return only(Capability.VOICE_CATALOGUE, client::voices);
    }

    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return only(Capability.DELETE, () -> client.delete(id));
    }

    @Override
    public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
        return only(Capability.CALLBACKS, () -> client.readCallback(callback));
    }

    /** The client's verification where callbacks are declared; none taken otherwise. */
    @Override
    public CallbackVerification callbackVerification() {
        return metadata.supports(Capability.CALLBACKS)
                ? client.callbackVerification()
                : CallbackVerification.NO_CALLBACKS;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return client + " as " + metadata.id();
    }
}
