package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A create whose answer was lost, recovered from a listing: the vendor's listing here is a list the test fills,
 * newest first, paged by two; time is virtual.
 */
class ListingRecoveryTest {

    private final TestVendor setup = TestVendor.at("http://unused.invalid");
    private final VendorHttp http = setup.http().build();
    private final ElementDraft draft = ElementDraft.image("Maeva", MediaSource.url("https://cdn.example/f.jpg"))
            .build();
    /** The account's elements, newest first. */
    private final java.util.List<Element> listed = new ArrayList<>();

    private final java.util.List<String> calls = new ArrayList<>();

    private final ListingRecovery recovery = ListingRecovery.builder(http)
            .listing(2, this::page)
            .nameSuffix(" [A-Z0-9]{5}", " #####")
            .settle(Duration.ofSeconds(30))
            .build();

    private Either<ElementsError, Page<Element>> page(PageRequest request) {
        calls.add("list page " + request.page());
        int from = (request.page() - 1) * request.size();
        Seq<Element> items = List.ofAll(listed).drop(from).take(request.size());
        return Either.right(new Page<>(items, request, Option.none(), from + request.size() < listed.size()));
    }

    private static final ElementsError LOST = ElementsError.ProviderFailure.ambiguous(
            "the connection broke after " + "sending", 0, Option.none(), Option.none());

    private Element element(String id, String name, ReferenceKind kind, Instant createdAt) {
        return new Element(
                ElementId.of(id),
                name,
                "",
                kind,
                List.empty(),
                Option.none(),
                ElementMedia.none(),
                Origin.CUSTOM,
                ElementStatus.ACTIVE,
                Option.of(createdAt),
                Option.none());
    }

    private Instant now() {
        return setup.time().now();
    }

    /** A create that makes {@code made} (or nothing) and loses its answer, then answers normally. */
    private Supplier<Either<ElementsError, CreationTask>> create(java.util.List<Element> made) {
        return () -> {
            calls.add("create");
            if (calls.stream().filter("create"::equals).count() == 1) {
                made.forEach(e -> listed.add(0, e));
                return Either.left(LOST);
            }
            Element second = element("e-2", "Maeva QWERT", ReferenceKind.IMAGE, now());
            listed.add(0, second);
            return Either.right(ListingRecovery.succeeded(List.of(second)));
        };
    }

    @Test
    void a_lost_create_whose_element_is_listed_is_that_element_and_is_not_sent_again() {
        listed.add(element("old", "Maeva ZZZZZ", ReferenceKind.IMAGE, now().minus(Duration.ofDays(3))));

        Either<ElementsError, CreationTask> created = recovery.create(
                draft, create(java.util.List.of(element("e-1", "Maeva AB12C", ReferenceKind.IMAGE, now()))));

        assertThat(created.get().state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(created.get().id().value()).isEqualTo("e-1");
        assertThat(created.get().elementIds().map(ElementId::value)).containsExactly("e-1");
        assertThat(calls).containsExactly("create", "list page 1");
    }

    @Test
    void nothing_listed_is_waited_for_until_the_vendor_must_have_finished_then_sent_again_once() {
        Instant sent = now();

        Either<ElementsError, CreationTask> created = recovery.create(draft, create(java.util.List.of()));

        assertThat(created.get().id().value()).isEqualTo("e-2");
        assertThat(calls).containsExactly("create", "list page 1", "list page 1", "create");
        assertThat(Duration.between(sent, now()))
                .as("waited out the settle time")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void elements_of_another_kind_another_name_or_from_before_the_window_are_not_it() {
        listed.add(element("video", "Maeva AB12C", ReferenceKind.VIDEO, now()));
        listed.add(element("unsuffixed", "Maeva", ReferenceKind.IMAGE, now()));
        listed.add(element("other", "Maevas AB12C", ReferenceKind.IMAGE, now()));
        listed.add(element("old", "Maeva AB12C", ReferenceKind.IMAGE, now().minus(Duration.ofHours(1))));

        Either<ElementsError, Option<CreationTask>> found =
                recovery.findCreated(draft, now().minus(Duration.ofMinutes(1)));

        assertThat(found.get()).isEmpty();
        assertThat(calls)
                .as("stopped at the page that reached past the window")
                .containsExactly("list page 1", "list page 2");
    }

    @Test
    void more_matches_than_one_create_makes_stay_unknown_naming_the_candidates_and_the_drafts_key() {
        Either<ElementsError, CreationTask> created = recovery.create(
                draft,
                create(java.util.List.of(
                        element("e-1", "Maeva AB12C", ReferenceKind.IMAGE, now()),
                        element("e-9", "Maeva XY34Z", ReferenceKind.IMAGE, now()))));

        assertThat(created.getLeft()).isInstanceOfSatisfying(ElementsError.CreationUnknown.class, unknown -> {
            assertThat(unknown.candidates().map(ElementId::value)).containsExactlyInAnyOrder("e-1", "e-9");
            assertThat(unknown.idempotencyKey()).isEqualTo(draft.idempotencyKey());
            assertThat(unknown.message()).contains("list the account's elements named 'Maeva #####'");
        });
        assertThat(calls).containsOnlyOnce("create");
    }

    @Test
    void a_listing_that_cannot_be_read_before_the_deadline_leaves_the_create_unknown() {
        ListingRecovery broken = ListingRecovery.builder(TestVendor.at("http://unused.invalid")
                        .callTimeout("PT5S")
                        .http()
                        .build())
                .listing(
                        2,
                        page -> Either.left(ElementsError.ProviderFailure.retryable(
                                "listing down", 503, Option.none(), Option.none())))
                .build();

        Either<ElementsError, CreationTask> created = broken.create(draft, () -> Either.left(LOST));

        assertThat(created.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.CreationUnknown.class,
                        unknown -> assertThat(unknown.message())
                                .contains("could not be read within the call-timeout")
                                .contains("listing down")
                                .contains("named 'Maeva'"));
    }

    @Test
    void finds_an_earlier_create_with_the_drafts_key() {
        listed.add(element("e-1", "Maeva AB12C", ReferenceKind.IMAGE, now()));

        assertThat(recovery.findCreated(draft, now()).get().get().idempotencyKey())
                .contains(draft.idempotencyKey());
        assertThat(recovery.findCreated(draft, now().minus(Duration.ofMinutes(1)))
                        .get())
                .as("the vendor has had its time, and the listing holds it")
                .isNotEmpty();
    }

    @Test
    void while_the_vendor_may_still_be_making_it_waits_and_looks_again_within_the_call_timeout() {
        Instant sent = now();

        assertThat(recovery.findCreated(draft, sent).get())
                .as("nothing listed once the settle time has passed: not made")
                .isEmpty();
        assertThat(Duration.between(sent, now())).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(calls).containsExactly("list page 1", "list page 1");

        calls.clear();
        assertThat(recovery.findCreated(draft, now().minus(Duration.ofMinutes(1)))
                        .get())
                .as("sent long enough ago: no wait")
                .isEmpty();
        assertThat(calls).containsExactly("list page 1");
    }

    @Test
    void a_create_the_vendor_may_still_be_making_past_the_call_timeout_stays_unknown() {
        ListingRecovery hurried = ListingRecovery.builder(TestVendor.at("http://unused.invalid")
                        .callTimeout("PT5S")
                        .http()
                        .build())
                .listing(2, this::page)
                .settle(Duration.ofSeconds(30))
                .build();

        assertThat(hurried.findCreated(draft, now()).getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.CreationUnknown.class,
                        unknown -> assertThat(unknown.message()).contains("may still be making it"));
    }
}
