package io.elements4j.example;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsException;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.Page;
import io.elements4j.spring.ElementsProblems;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP endpoints over {@link CharacterService}, in the two styles an app can use: {@code fold} the result into an
 * answer (create), or {@code getOrElseThrow} and let {@code elements.web.problem-details=true} answer the error as
 * problem+json (the others). Domain values are returned as they are: the starter's Jackson module writes them.
 */
@RestController
public class CharacterController {

    private final CharacterService characters;

    /**
     * @param characters the service
     */
    public CharacterController(CharacterService characters) {
        this.characters = characters;
    }

    /**
     * Creates an element and answers when it is ready, without holding the request thread.
     *
     * @param name the element's name
     * @return 201 with the finished task, or the error as problem+json
     */
    @PostMapping("/characters")
    public CompletableFuture<ResponseEntity<?>> create(@RequestParam String name) {
        return characters
                .create(name)
                .thenApply(result -> result.<ResponseEntity<?>>fold(
                        ElementsProblems::response,
                        done -> ResponseEntity.status(HttpStatus.CREATED).body(done.value())));
    }

    /**
     * The first page of the account's elements.
     *
     * @return the page
     */
    @GetMapping("/characters")
    public Page<Element> list() {
        return characters.list().getOrElseThrow(ElementsException::new);
    }

    /**
     * One element.
     *
     * @param id the element id
     * @return the element
     */
    @GetMapping("/characters/{id}")
    public Element get(@PathVariable String id) {
        return characters.get(ElementId.of(id)).getOrElseThrow(ElementsException::new);
    }

    /**
     * Deletes an element.
     *
     * @param id the element id
     * @return the deletion's outcome
     */
    @DeleteMapping("/characters/{id}")
    public Deletion delete(@PathVariable String id) {
        return characters.delete(ElementId.of(id)).getOrElseThrow(ElementsException::new);
    }
}
