package io.elements4j.adapter.support;

import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a delete's answer means when the element may be gone already: a delete repeated, or one whose first answer
 * was lost, must end {@code ALREADY_ABSENT}, never an error. Say which errors mean "gone" for the vendor — a 404
 * ({@code NotFound}) for most, a 409 ({@code Conflict}) too for some — and pass each delete's answer through.
 *
 * <pre>{@code
 * static final AlreadyGone GONE = AlreadyGone.whenNotFound();
 *
 * public Either<ElementsError, Deletion> delete(ElementId id) {
 *     return GONE.deletion(id, http.call(CallKind.DELETE, () -> api.delete(id.value())));
 * }
 * }</pre>
 *
 * Only a vendor that documents it should count a 409 as gone: elsewhere a conflict may mean the element is in use.
 */
public final class AlreadyGone {

    private final Predicate<? super ElementsError> gone;

    private AlreadyGone(Predicate<? super ElementsError> gone) {
        this.gone = Objects.requireNonNull(gone, "gone");
    }

    /** A 404 or 410 ({@code NotFound}) means the element is gone already. */
    public static AlreadyGone whenNotFound() {
        return new AlreadyGone(error -> error instanceof ElementsError.NotFound);
    }

    /** A 404, 410 ({@code NotFound}) or 409 ({@code Conflict}) means the element is gone already. */
    public static AlreadyGone whenNotFoundOrConflict() {
        return new AlreadyGone(
                error -> error instanceof ElementsError.NotFound || error instanceof ElementsError.Conflict);
    }

    /** The errors {@code gone} accepts mean the element is gone already (a vendor's own code, say). */
    public static AlreadyGone when(Predicate<? super ElementsError> gone) {
        return new AlreadyGone(gone);
    }

    /** {@code DELETED} for any success, {@code ALREADY_ABSENT} for a "gone" error, the error otherwise. */
    public <T> Either<ElementsError, Deletion> deletion(ElementId id, Either<ElementsError, T> answer) {
        return deletion(id, answer, body -> false);
    }

    /**
     * {@link #deletion(ElementId, Either)}, where a success can also say nothing was removed (useapi.net's
     * {@code {"deleted": 0}}).
     *
     * @param removedNothing whether a successful answer says there was nothing to delete
     */
    public <T> Either<ElementsError, Deletion> deletion(
            ElementId id, Either<ElementsError, T> answer, Predicate<? super T> removedNothing) {
        Objects.requireNonNull(id, "id");
        return answer.fold(
                error -> gone.test(error) ? Either.right(Deletion.alreadyAbsent(id)) : Either.left(error),
                body -> Either.right(removedNothing.test(body) ? Deletion.alreadyAbsent(id) : Deletion.deleted(id)));
    }
}
