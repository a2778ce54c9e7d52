package io.elements4j.example;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTask;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/** What the app does with elements: create one without blocking the request thread, list and delete. */
@Service
public class CharacterService {

    private final Elements elements;

    /**
     * @param elements the auto-configured facade
     */
    public CharacterService(Elements elements) {
        this.elements = elements;
    }

    /**
     * Creates a character element and waits for it on the library's scheduler.
     *
     * @param name the element's name
     * @return the finished task, or why not
     */
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> create(String name) {
        ElementDraft draft = ElementDraft.image(name, MediaSource.url("https://example.com/" + name + "-front.jpg"))
                .extras(MediaSource.url("https://example.com/" + name + "-side.jpg"))
                .description("A character for the demo")
                .build();
        return elements.async().createAndAwait(draft);
    }

    /**
     * The first page of the account's elements.
     *
     * @return the page, or why not
     */
    public Either<ElementsError, Page<Element>> list() {
        return elements.list(ElementFilter.all(), PageRequest.first(50));
    }

    /**
     * One element.
     *
     * @param id the element
     * @return the element, or why not
     */
    public Either<ElementsError, Element> get(ElementId id) {
        return elements.find(id)
                .flatMap(found -> found.toEither(
                        () -> new ElementsError.NotFound("no element " + id.value(), Option.none(), Option.none())));
    }

    /**
     * Deletes an element.
     *
     * @param id the element
     * @return how it went
     */
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return elements.delete(id);
    }
}
