package com.example.characters;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.vavr.control.Either;

public class CharacterService {

    private final Elements elements;

    public CharacterService(Elements elements) {
        this.elements = elements;
    }

    public Either<ElementsError, Awaited<CreationTask>> createCourier() {
        ElementDraft draft = ElementDraft.image("Maeva", MediaSource.url("https://example.com/maeva-front.jpg"))
                .extras(MediaSource.url("https://example.com/maeva-side.jpg"))
                .description("Red-haired courier")
                .build();
        return elements.createAndAwait(draft);             // checked against the vendor's rules before sending
    }

    public static void main(String[] args) {
        try (Elements elements = Elements.fromClasspath()) {   // throws only when misconfigured: see below
            new CharacterService(elements).createCourier()
                    .peek(done -> System.out.println("ready: " + done.value().elementIds()))
                    .peekLeft(error -> System.err.println(error.message()));   // every failure is a value
            elements.listAll()
                    .forEach(element -> System.out.println(element.name()))    // pages fetched as needed
                    .peekLeft(error -> System.err.println(error.message()));   // Unsupported where it cannot list
        }
    }
}
