package io.elements4j.adapter.useapi.internal;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds, in useapi's listing, what a create whose answer was lost made. useapi takes no idempotency key, but it names
 * each element it makes after the draft — the name plus a space and a 5-character random suffix
 * ({@code MyChar ABC12}) — and lists the newest first with their create times. So the elements a create made are
 * those of the draft's kind whose name is the draft's name plus a suffix, created inside the create's window.
 *
 * <ul>
 *   <li>one match (up to three with generated views) → the create's elements;</li>
 *   <li>none, once the vendor has had {@link #SETTLE} since the create was sent → it was not made;</li>
 *   <li>more than the create can have made → still ambiguous, with the matches as candidates.</li>
 * </ul>
 */
public final class ListingRecovery {

    /** How long after a create was sent useapi may still be making it (its generated views take up to 60 s). */
    public static final Duration SETTLE = Duration.ofSeconds(60);
    /** How far the vendor's clock may be off ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** How many of the newest pages to look through at most. */
    static final int MAX_PAGES = 10;

    private final ElementDraft draft;
    private final Instant sentAt;
    private final int pageSize;
    private final Pattern name;

    /**
     * A look for what a create of {@code draft}, sent at {@code sentAt}, made.
     *
     * @param draft    the draft whose create's answer was lost
     * @param sentAt   when the create was sent
     * @param pageSize how many elements to ask for a page (useapi's most)
     */
    public ListingRecovery(ElementDraft draft, Instant sentAt, int pageSize) {
        this.draft = draft;
        this.sentAt = sentAt;
        this.pageSize = pageSize;
        this.name = Pattern.compile(Pattern.quote(draft.name()) + " [A-Za-z0-9]{5}");
    }

    /** What a look through the listing found. */
    public sealed interface Found permits Made, NotMade, NotYet, Several {
    }

    /** The create's elements. */
    public record Made(Seq<Element> elements) implements Found {
    }

    /** Nothing, and the vendor has had time: the create was not made. */
    public record NotMade() implements Found {
    }

    /** Nothing yet, but the vendor may still be making it: look again at {@code lookAgainAt}. */
    public record NotYet(Instant lookAgainAt) implements Found {
    }

    /** More matches than one create makes: these are the candidates. */
    public record Several(Seq<ElementId> candidates) implements Found {
    }

    /** The most elements the draft's create makes: three with generated views, else one. */
    public int mostMade() {
        return draft.generateViews() ? 3 : 1;
    }

    /**
     * Looks through the newest pages, fetched with {@code page}, stopping at the first element older than the window.
     *
     * @param page fetches one page of the listing, newest first
     * @param now  when the look started
     * @return what was found, or the error that ended the look
     */
    public Either<ElementsError, Found> look(Function<PageRequest, Either<ElementsError, Page<Element>>> page, Instant now) {
        Instant windowStart = sentAt.minus(CLOCK_SKEW);
        Instant windowEnd = now.plus(CLOCK_SKEW);
        Seq<Element> matches = List.empty();
        PageRequest request = PageRequest.first(pageSize);
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Either<ElementsError, Page<Element>> fetched = page.apply(request);
            if (fetched.isLeft()) {
                return Either.left(fetched.getLeft());
            }
            Page<Element> answered = fetched.get();
            matches = matches.appendAll(answered.items().filter(e -> matches(e, windowStart, windowEnd)));
            boolean older = answered.items().exists(e -> e.createdAt().exists(t -> t.isBefore(windowStart)));
            if (older || !answered.hasMore()) {
                break;
            }
            request = PageRequest.of(request.page() + 1, request.size());
        }
        if (matches.nonEmpty()) {
            return Either.right(matches.size() <= mostMade() ? new Made(matches)
                    : new Several(matches.map(Element::id)));
        }
        Instant settled = sentAt.plus(SETTLE);
        return Either.right(now.isBefore(settled) ? new NotYet(settled) : new NotMade());
    }

    private boolean matches(Element element, Instant windowStart, Instant windowEnd) {
        return element.kind() == draft.references().kind()
                && name.matcher(element.name()).matches()
                && element.createdAt().exists(t -> !t.isBefore(windowStart) && !t.isAfter(windowEnd));
    }

    /**
     * The message of a create left ambiguous, saying what was looked at and what the user can do.
     *
     * @param why  what the looks found, or why they stopped
     * @param last the last error a look met, if any
     * @return the message
     */
    public String unresolved(String why, Option<ElementsError> last) {
        return "useapi.net may have made element '" + draft.name() + "' (the create's answer was lost), and " + why
                + last.map(e -> " (last: " + e.message() + ")").getOrElse("")
                + "; list the account's elements named '" + draft.name() + " #####' before creating it again";
    }
}
