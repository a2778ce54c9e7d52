package io.elements4j.example;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HTTP endpoints over {@link CharacterService}; creation answers asynchronously, freeing the request thread. */
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
     * Creates an element and answers when it is ready.
     *
     * @param name the element's name
     * @return the element ids, or the error
     */
    @PostMapping("/characters")
    public CompletableFuture<ResponseEntity<Map<String, Object>>> create(@RequestParam String name) {
        return characters.create(name).thenApply(result -> result.fold(CharacterController::error,
                done -> ResponseEntity.status(HttpStatus.CREATED).body(Map.of("elements",
                        done.value().elementIds().map(ElementId::value).toJavaList()))));
    }

    /**
     * Lists the account's elements.
     *
     * @return their ids and names
     */
    @GetMapping("/characters")
    public ResponseEntity<Map<String, Object>> list() {
        return characters.list().fold(CharacterController::error, page -> ResponseEntity.ok(Map.of("elements",
                page.items().map(CharacterController::summary).toJavaList())));
    }

    /**
     * Deletes an element.
     *
     * @param id the element id
     * @return the deletion's outcome
     */
    @DeleteMapping("/characters/{id}")
    public ResponseEntity<Map<String, Object>> delete(@PathVariable String id) {
        return characters.delete(ElementId.of(id)).fold(CharacterController::error,
                deletion -> ResponseEntity.ok(Map.of("outcome", deletion.outcome().name())));
    }

    private static Map<String, Object> summary(Element element) {
        return Map.of("id", element.id().value(), "name", element.name());
    }

    private static ResponseEntity<Map<String, Object>> error(ElementsError error) {
        HttpStatus status = error instanceof ElementsError.Unsupported ? HttpStatus.NOT_IMPLEMENTED
                : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).body(Map.of("error", error.getClass().getSimpleName(),
                "message", error.message(), "requestId", error.requestId().getOrElse("")));
    }

}
