package io.elements4j.cli;

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
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The chosen provider, unchanged, except that every task poll is shown to {@link Progress}: the facade's waiter
 * polls through the client, so this is where the state of a long wait can be seen.
 */
final class ObservedProvider implements ElementsProvider {

    private final ElementsProvider delegate;
    private final Progress progress;

    ObservedProvider(ElementsProvider delegate, Progress progress) {
        this.delegate = delegate;
        this.progress = progress;
    }

    @Override
    public ProviderMetadata metadata() {
        return delegate.metadata();
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        return new ObservedClient(delegate.create(config), progress);
    }

    @Override
    public Map<String, String> defaults() {
        return delegate.defaults();
    }

    @Override
    public boolean chosenOnlyByName() {
        return delegate.chosenOnlyByName();
    }

    @Override
    public void prepare() {
        delegate.prepare();
    }

    private static final class ObservedClient implements VendorClient {
        private final VendorClient delegate;
        private final Progress progress;

        ObservedClient(VendorClient delegate, Progress progress) {
            this.delegate = delegate;
            this.progress = progress;
        }

        @Override
        public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
            Either<ElementsError, CreationTask> task = delegate.submit(draft);
            if (task != null) {
                task.forEach(progress::submitted);
            }
            return task;
        }

        @Override
        public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
            Either<ElementsError, CreationTask> task = delegate.readCallback(callback);
            if (task != null) {
                task.forEach(progress::observe);
            }
            return task;
        }

        @Override
        public CallbackVerification callbackVerification() {
            return delegate.callbackVerification();
        }

        @Override
        public Either<ElementsError, CreationTask> task(CreationTaskId id) {
            Either<ElementsError, CreationTask> task = delegate.task(id);
            if (task != null) {
                task.forEach(progress::observe);
            }
            return task;
        }

        /** What an interrupted create made, asked by a resumed {@code create --from}: the vendor's own answer. */
        @Override
        public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
            return delegate.findCreated(draft, since);
        }

        @Override
        public Either<ElementsError, Option<Element>> find(ElementId id) {
            return delegate.find(id);
        }

        @Override
        public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
            return delegate.list(filter, page);
        }

        @Override
        public Either<ElementsError, Page<Element>> presets(PageRequest page) {
            return delegate.presets(page);
        }

        @Override
        public Either<ElementsError, Seq<Tag>> tags() {
            return delegate.tags();
        }

        @Override
        public Either<ElementsError, Seq<Voice>> voices() {
            return delegate.voices();
        }

        @Override
        public Either<ElementsError, Deletion> delete(ElementId id) {
            return delegate.delete(id);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
