package io.elements4j.adapter.support;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.time.Deadline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Recovers a create whose answer was lost from the vendor's listing, for a vendor that takes no idempotency key but
 * lists the account's elements newest first with their create times. The elements a create made are those of the
 * draft's kind whose name is the draft's name (plus the vendor's suffix, if it adds one: useapi.net makes
 * {@code MyChar ABC12} of {@code MyChar}) created inside the create's window — from when it was sent, less the
 * clock skew, to now, plus the skew. A look through the newest pages finds:
 *
 * <ul>
 *   <li>as many matches as the create can make → its elements: the create's answer;</li>
 *   <li>more → still ambiguous, with the matches as {@code CreationUnknown}'s candidates;</li>
 *   <li>none, once the vendor has had {@link Builder#settle} since the create was sent → it was not made, and the
 *       same body is sent again (at most {@code max-retries} times);</li>
 *   <li>none, earlier → look again when the settle time is up, if the call's deadline allows.</li>
 * </ul>
 *
 * <pre>{@code
 * ListingRecovery recovery = ListingRecovery.builder(http)
 *         .listing(100, page -> list(ElementFilter.all(), page))
 *         .build();
 * Either<ElementsError, CreationTask> created = recovery.create(draft, () -> http.call(CallKind.CREATE, ...));
 * }</pre>
 *
 * A recovery that cannot decide before the call's deadline answers {@code CreationUnknown}, naming the draft's key
 * and telling the user what to look for. Immutable and thread-safe; build one per client.
 */
public final class ListingRecovery {

    /** How long a vendor may still be making an element after its create was sent, unless told otherwise. */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(60);
    /** How far the vendor's clock may be off ours. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** How many of the newest pages one look reads at most. */
    public static final int MAX_PAGES = 10;

    private final VendorHttp http;
    private final int pageSize;
    private final Function<PageRequest, Either<ElementsError, Page<Element>>> listing;
    private final Function<Seq<Element>, CreationTask> toTask;
    private final String suffix;
    private final String suffixShown;
    private final Duration settle;
    private final ToIntFunction<ElementDraft> mostMade;

    private ListingRecovery(Builder b) {
        this.http = b.http;
        this.pageSize = b.pageSize;
        this.listing = Objects.requireNonNull(b.listing, "listing: call Builder.listing");
        this.toTask = b.found;
        this.suffix = b.suffix;
        this.suffixShown = b.suffixShown;
        this.settle = b.settle;
        this.mostMade = b.mostMade;
    }

    /** A recovery over {@code http}'s deadline, backoff, retry budget and clock; say how to list with the builder. */
    public static Builder builder(VendorHttp http) {
        return new Builder(http);
    }

    /**
     * A successful task holding the elements a create made, as a vendor without tasks reports one: its id is the
     * elements' ids joined with commas, its times the first element's. The default answer of a recovered create.
     */
    public static CreationTask succeeded(Seq<Element> elements) {
        StringBuilder ids = new StringBuilder();
        for (Element element : elements) {
            ids.append(ids.length() == 0 ? "" : ",").append(element.id().value());
        }
        return CreationTask.builder(CreationTaskId.of(ids.toString()), TaskState.SUCCEEDED)
                .elements(elements)
                .times(elements.head().createdAt(), elements.head().updatedAt())
                .build();
    }

    /**
     * Sends the create with {@code send} and, while its answer is ambiguous, recovers it from the listing: the
     * elements found are the answer; when the vendor has had time and nothing was made, the create is sent again.
     * Runs inside the call's deadline.
     *
     * @param draft the draft the create sends
     * @param send  sends the create once (the same body every time) and reads its answer
     * @return the created task, the create's definite failure, or {@code CreationUnknown}
     */
    public Either<ElementsError, CreationTask> create(
            ElementDraft draft, Supplier<Either<ElementsError, CreationTask>> send) {
        Deadline deadline = http.deadline();
        return deadline.within(() -> createOrRecover(draft, send, deadline));
    }

    private Either<ElementsError, CreationTask> createOrRecover(
            ElementDraft draft, Supplier<Either<ElementsError, CreationTask>> send, Deadline deadline) {
        Instant sentAt = http.clock().instant();
        Either<ElementsError, CreationTask> sent = send.get();
        int round = 0;
        int resends = 0;
        while (sent.isLeft() && sent.getLeft() instanceof ElementsError.ProviderFailure lost && lost.ambiguous()) {
            Either<ElementsError, Found> found = look(draft, sentAt);
            if (found.isLeft()) {
                if (!http.pause(++round, deadline)) {
                    return Either.left(unknown(
                            draft,
                            "the listing could not be read within the call-timeout",
                            Option.some(found.getLeft()),
                            List.empty(),
                            Option.some(lost)));
                }
                continue;
            }
            Found look = found.get();
            if (look instanceof Made made) {
                return Either.right(toTask.apply(made.elements()));
            }
            if (look instanceof Several several) {
                return Either.left(
                        unknown(draft, several.describe(), Option.none(), several.candidates(), Option.some(lost)));
            }
            if (look instanceof NotYet notYet) {
                if (!http.waitWithin(Duration.between(http.clock().instant(), notYet.lookAgainAt()), deadline)) {
                    return Either.left(unknown(
                            draft,
                            "the call-timeout leaves no time to wait until " + http.vendor() + " must have finished it",
                            Option.none(),
                            List.empty(),
                            Option.some(lost)));
                }
                continue;
            }
            if (resends >= http.retryPolicy().maxRetries()) {
                return Either.left(lost.knownNotToHaveTakenEffect("; " + http.vendor() + "'s listing shows nothing "
                        + "was made, so the draft can be sent again"));
            }
            resends++;
            sentAt = http.clock().instant();
            sent = send.get();
        }
        return sent;
    }

    /**
     * What an earlier create of {@code draft}, sent no earlier than {@code since}, made: the {@code findCreated} of
     * a vendor that recovers from its listing. While the vendor may still be making it and the call-timeout leaves
     * time, it waits until the vendor must have finished and looks again — as a create whose answer was lost does —,
     * so that a draft taken over soon after its sender died (a bulk run resumed, a fleet's worker killed) is found
     * rather than left ambiguous.
     *
     * @return the task, with the draft's key; none when the vendor has had time and nothing was made;
     *         {@code CreationUnknown} when the listing holds several candidates, or the vendor may still be making it
     *         when the call-timeout runs out
     */
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        Deadline deadline = http.deadline();
        return deadline.within(() -> findCreatedWithin(draft, since, deadline));
    }

    private Either<ElementsError, Option<CreationTask>> findCreatedWithin(
            ElementDraft draft, Instant since, Deadline deadline) {
        Either<ElementsError, Found> look = look(draft, since);
        while (look.isRight()
                && look.get() instanceof NotYet notYet
                && http.waitWithin(Duration.between(http.clock().instant(), notYet.lookAgainAt()), deadline)) {
            look = look(draft, since);
        }
        return look.flatMap(found -> {
            if (found instanceof Made made) {
                return Either.right(
                        Option.some(toTask.apply(made.elements()).withIdempotencyKey(draft.idempotencyKey())));
            }
            if (found instanceof Several several) {
                return Either.left(
                        unknown(draft, several.describe(), Option.none(), several.candidates(), Option.none()));
            }
            if (found instanceof NotYet) {
                return Either.left(unknown(
                        draft,
                        http.vendor() + " may still be making it, later than the call-timeout allows to wait; ask"
                                + " again in a minute",
                        Option.none(),
                        List.empty(),
                        Option.none()));
            }
            return Either.right(Option.<CreationTask>none());
        });
    }

    /** What one look through the listing found. */
    private sealed interface Found permits Made, NotMade, NotYet, Several {}

    private record Made(Seq<Element> elements) implements Found {}

    private record NotMade() implements Found {}

    private record NotYet(Instant lookAgainAt) implements Found {}

    private record Several(Seq<ElementId> candidates) implements Found {
        String describe() {
            return "the listing holds " + candidates.size() + " elements that may be it: " + candidates.mkString(", ");
        }
    }

    /** Looks through the newest pages, stopping at the first page that reaches past the window. */
    private Either<ElementsError, Found> look(ElementDraft draft, Instant sentAt) {
        Instant now = http.clock().instant();
        Instant windowStart = sentAt.minus(CLOCK_SKEW);
        Instant windowEnd = now.plus(CLOCK_SKEW);
        Pattern name = Pattern.compile(Pattern.quote(draft.name()) + suffix);
        Seq<Element> matches = List.empty();
        Option<PageRequest> request = Option.some(PageRequest.first(pageSize));
        for (int pages = 0; pages < MAX_PAGES && request.isDefined(); pages++) {
            Either<ElementsError, Page<Element>> fetched = listing.apply(request.get());
            if (fetched.isLeft()) {
                return Either.left(fetched.getLeft());
            }
            Page<Element> answered = fetched.get();
            matches = matches.appendAll(answered.items()
                    .filter(e -> e.kind() == draft.references().kind()
                            && name.matcher(e.name()).matches()
                            && e.createdAt().exists(t -> !t.isBefore(windowStart) && !t.isAfter(windowEnd))));
            boolean older = answered.items().exists(e -> e.createdAt().exists(t -> t.isBefore(windowStart)));
            request = older ? Option.none() : answered.next();
        }
        if (matches.nonEmpty()) {
            return Either.right(
                    matches.size() <= mostMade.applyAsInt(draft)
                            ? new Made(matches)
                            : new Several(matches.map(Element::id)));
        }
        Instant settled = sentAt.plus(settle);
        return Either.right(now.isBefore(settled) ? new NotYet(settled) : new NotMade());
    }

    /** A create left ambiguous, saying what was looked at and what the user can do. */
    private ElementsError unknown(
            ElementDraft draft,
            String why,
            Option<ElementsError> last,
            Seq<ElementId> candidates,
            Option<ElementsError.ProviderFailure> lost) {
        String message = http.vendor() + " may have made element '" + draft.name() + "' (the create's answer was "
                + "lost), and " + why
                + last.map(e -> " (last: " + e.message() + ")").getOrElse("")
                + "; list the account's elements named '" + draft.name() + suffixShown + "' before creating it again";
        return new ElementsError.CreationUnknown(
                message,
                draft.idempotencyKey(),
                candidates,
                lost.map(ElementsError.ProviderFailure::status).getOrElse(0),
                lost.flatMap(ElementsError.ProviderFailure::vendorCode),
                lost.flatMap(ElementsError.ProviderFailure::requestId));
    }

    /** Says how the vendor lists and names what it makes. */
    public static final class Builder {
        private final VendorHttp http;
        private int pageSize;
        private Function<PageRequest, Either<ElementsError, Page<Element>>> listing;
        private Function<Seq<Element>, CreationTask> found = ListingRecovery::succeeded;
        private String suffix = "";
        private String suffixShown = "";
        private Duration settle = DEFAULT_SETTLE;
        private ToIntFunction<ElementDraft> mostMade = draft -> 1;

        private Builder(VendorHttp http) {
            this.http = Objects.requireNonNull(http, "http");
        }

        /**
         * How to read one page of the account's elements, newest first, and how big a first page to ask for (the
         * vendor's largest). The next page is the one each page names.
         */
        public Builder listing(int pageSize, Function<PageRequest, Either<ElementsError, Page<Element>>> page) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
            }
            this.pageSize = pageSize;
            this.listing = Objects.requireNonNull(page, "page");
            return this;
        }

        /**
         * The vendor names what it makes after the draft plus a suffix: {@code regex} matches the suffix
         * ({@code " [A-Za-z0-9]{5}"}) and {@code shownAs} stands for it in messages ({@code " #####"}).
         */
        public Builder nameSuffix(String regex, String shownAs) {
            Pattern.compile(Objects.requireNonNull(regex, "regex"));
            this.suffix = regex;
            this.suffixShown = Objects.requireNonNull(shownAs, "shownAs");
            return this;
        }

        /** How long after a create was sent the vendor may still be making it (default {@link #DEFAULT_SETTLE}). */
        public Builder settle(Duration value) {
            if (Objects.requireNonNull(value, "settle").isNegative()) {
                throw new IllegalArgumentException("settle must not be negative: " + value);
            }
            this.settle = value;
            return this;
        }

        /** The most elements one create of the draft makes (default 1; useapi's generated views make 3). */
        public Builder mostMade(ToIntFunction<ElementDraft> value) {
            this.mostMade = Objects.requireNonNull(value, "mostMade");
            return this;
        }

        /**
         * The task for the elements a create made, as found in the listing (default {@link ListingRecovery#succeeded},
         * for a vendor whose listing shows only finished elements). A vendor that lists an element while it is still
         * being made answers the task by the element's id in its first state, and the wait polls it from there.
         */
        public Builder found(Function<Seq<Element>, CreationTask> value) {
            this.found = Objects.requireNonNull(value, "found");
            return this;
        }

        /** The recovery; {@link #listing} must have been said. */
        public ListingRecovery build() {
            return new ListingRecovery(this);
        }
    }
}
