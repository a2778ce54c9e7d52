package io.elements4j.adapter.useapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.useapi.UseapiSimulator;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** useapi's error table as the adapter maps it, and which failures are retried. Time is virtual. */
class ErrorsAndRetriesTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new UseapiElementsProvider());

    final UseapiSimulator vendor = kit.vendor(UseapiSimulator.class);
    final VirtualTime time = kit.time();
    final VendorClient client = kit.client();

    Either<ElementsError, CreationTask> createFacing(Fault fault, int times) {
        vendor.injectFault(Operation.CREATE, fault, times);
        return client.submit(kit.drafts().image("Maeva").build());
    }

    @Nested
    class TheErrorTable {

        static Stream<Arguments> kinds() {
            return Stream.of(
                    Arguments.of(ErrorKind.UNAUTHORIZED, ElementsError.Unauthorized.class),
                    Arguments.of(ErrorKind.INSUFFICIENT_CREDITS, ElementsError.InsufficientCredits.class),
                    Arguments.of(ErrorKind.FORBIDDEN, ElementsError.Forbidden.class),
                    Arguments.of(ErrorKind.INVALID_REQUEST, ElementsError.InvalidRequest.class),
                    Arguments.of(ErrorKind.POLICY_REJECTED, ElementsError.PolicyRejected.class),
                    Arguments.of(ErrorKind.RATE_LIMITED, ElementsError.RateLimited.class),
                    Arguments.of(ErrorKind.SERVER_ERROR, ElementsError.ProviderFailure.class));
        }

        @ParameterizedTest(name = "{0} on a create is {1}")
        @MethodSource("kinds")
        void maps_each_useapi_error_on_a_create_keeping_the_vendors_message(ErrorKind kind, Class<?> expected) {
            ElementsError error = createFacing(vendor.typicalFault(kind, "the vendor's own words"), 3)
                    .getLeft();

            assertThat(error).isInstanceOf(expected);
            assertThat(error.message()).contains("the vendor's own words").contains("useapi.net");
        }

        @Test
        void a_wrong_token_is_unauthorized() {
            VendorClient wrong = kit.client(kit.config().apiKey("user:1-not-it"));

            assertThat(wrong.tags().getLeft()).isInstanceOf(ElementsError.Unauthorized.class);
        }

        @Test
        void a_404_on_a_listing_is_not_found() {
            vendor.injectFault(Operation.LIST, vendor.typicalFault(ErrorKind.NOT_FOUND, "gone"), 1);

            assertThat(client.list(ElementFilter.all(), PageRequest.first(5)).getLeft())
                    .isInstanceOf(ElementsError.NotFound.class);
        }

        @Test
        void a_400_that_speaks_of_moderation_is_a_policy_rejection_even_without_the_code() {
            ElementsError error = createFacing(Fault.status(400, "", "Image did not pass content moderation"), 1)
                    .getLeft();

            assertThat(error).isInstanceOf(ElementsError.PolicyRejected.class);
            assertThat(error.message()).contains("Image did not pass content moderation");
        }

        @Test
        void a_validation_400_from_useapi_is_an_invalid_request_with_its_message() {
            vendor.configureAccounts("a@example.com", "b@example.com");

            ElementsError error =
                    client.submit(kit.drafts().image("Maeva").build()).getLeft();

            assertThat(error).isInstanceOf(ElementsError.InvalidRequest.class);
            assertThat(error.message()).contains("Parameter email is required");
        }
    }

    @Nested
    class RateLimits {

        @Test
        void a_busy_429_on_a_create_is_retried_after_a_backoff_since_nothing_was_accepted() {
            CreationTask task = createFacing(vendor.typicalFault(ErrorKind.RATE_LIMITED, "All accounts busy"), 1)
                    .get();

            assertThat(vendor.count(Operation.CREATE)).isEqualTo(2);
            assertThat(task.elementIds()).hasSize(1);
            assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        }

        @Test
        void a_429_that_persists_ends_as_rate_limited_after_the_retries_with_growing_waits() {
            ElementsError error = createFacing(vendor.typicalFault(ErrorKind.RATE_LIMITED, "All accounts busy"), 10)
                    .getLeft();

            assertThat(error)
                    .isInstanceOfSatisfying(
                            ElementsError.RateLimited.class,
                            limited -> assertThat(limited.limit())
                                    .as("useapi's 429: every account's job slots are taken")
                                    .contains(ElementsError.RateLimited.Limit.PARALLEL_TASKS));
            assertThat(error.message()).contains("All accounts busy").contains("3 attempts");
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(3);
            assertThat(time.sleepCount()).isEqualTo(2);
            assertThat(time.totalSlept()).isBetween(Duration.ofSeconds(12), Duration.ofSeconds(15));
        }

        @Test
        void a_retry_after_longer_than_the_backoff_is_honoured() {
            vendor.injectFault(Operation.LIST, Fault.status(429, "429", "busy", Duration.ofSeconds(25)), 1);

            Either<ElementsError, Page<Element>> page = client.list(ElementFilter.all(), PageRequest.first(5));

            assertThat(page.isRight()).isTrue();
            assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(25));
        }

        @Test
        void max_retries_zero_answers_the_first_429() {
            VendorClient impatient = kit.client(kit.config().set("max-retries", "0"));
            vendor.injectFault(Operation.VOICES, vendor.typicalFault(ErrorKind.RATE_LIMITED, "busy"), 1);

            assertThat(impatient.voices().getLeft()).isInstanceOf(ElementsError.RateLimited.class);
            assertThat(vendor.count(Operation.VOICES)).isEqualTo(1);
        }
    }

    @Nested
    class AmbiguousCreates {

        /** Before each re-send, the listing was read: never a blind second create. */
        void assertListedBeforeEachResend() {
            Seq<RecordedRequest> journal = vendor.journal();
            for (int i = 1; i < journal.size(); i++) {
                if (journal.get(i).operation() == Operation.CREATE) {
                    int previousCreate =
                            journal.subSequence(0, i).lastIndexWhere(r -> r.operation() == Operation.CREATE);
                    assertThat(journal.subSequence(previousCreate + 1, i).exists(r -> r.operation() == Operation.LIST))
                            .as("listed between create %d and create at %d", previousCreate, i)
                            .isTrue();
                }
            }
        }

        @Test
        void a_create_cut_off_after_useapi_made_it_is_found_in_the_listing_and_not_sent_again() {
            Either<ElementsError, CreationTask> result = createFacing(Fault.connectionReset(), 1);

            assertThat(result.isRight()).as("%s", result).isTrue();
            assertThat(result.get().elements())
                    .singleElement()
                    .satisfies(e -> assertThat(e.name()).startsWith("Maeva "));
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
            assertThat(vendor.creations()).hasSize(1);
        }

        @Test
        void a_create_whose_200_was_cut_short_is_found_in_the_listing() {
            Either<ElementsError, CreationTask> result = createFacing(Fault.cutShort(), 1);

            assertThat(result.get().elementIds())
                    .containsExactly(ElementId.of(vendor.creations().head().taskId()));
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
        }

        @Test
        void generated_views_cut_off_are_all_found() {
            vendor.injectFault(Operation.CREATE, Fault.connectionReset(), 1);

            Either<ElementsError, CreationTask> result = client.submit(
                    kit.drafts().image("Maeva", 0).generateViews(true).build());

            assertThat(result.get().elementIds()).hasSize(3);
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
        }

        @Test
        void a_create_answered_500_that_made_nothing_is_sent_again_once_the_vendor_had_time() {
            Either<ElementsError, CreationTask> result =
                    createFacing(vendor.typicalFault(ErrorKind.SERVER_ERROR, "Internal error"), 1);

            assertThat(result.isRight()).as("%s", result).isTrue();
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(2);
            assertThat(vendor.creations()).hasSize(1);
            assertThat(time.totalSlept())
                    .as("waited for useapi to have finished")
                    .isGreaterThanOrEqualTo(UseapiClient.SETTLE);
            assertListedBeforeEachResend();
        }

        @Test
        void a_create_useapi_keeps_refusing_with_500_ends_as_a_definite_failure_keeping_the_reason() {
            Either<ElementsError, CreationTask> result = createFacing(
                    vendor.typicalFault(ErrorKind.SERVER_ERROR, "Kling moderation rejected the image"), 10);

            assertThat(result.getLeft()).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, failure -> {
                assertThat(failure.ambiguous())
                        .as("the listing shows nothing was made")
                        .isFalse();
                assertThat(failure.message())
                        .contains("Kling moderation rejected the image")
                        .contains("nothing was made");
            });
            assertThat(vendor.count(Operation.CREATE))
                    .as("the first, then max-retries re-sends")
                    .isEqualTo(3);
            assertListedBeforeEachResend();
        }

        @Test
        void two_elements_that_may_be_it_leave_the_create_ambiguous_with_both_as_candidates() {
            client.submit(kit.drafts().image("Maeva").build()).get();

            Either<ElementsError, CreationTask> result = createFacing(Fault.connectionReset(), 1);

            assertThat(result.getLeft()).isInstanceOfSatisfying(ElementsError.CreationUnknown.class, unknown -> {
                assertThat(unknown.candidates()).hasSize(2);
                assertThat(unknown.message()).contains("list the account's elements named 'Maeva #####'");
            });
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(2);
        }

        @Test
        void when_the_listing_cannot_be_read_until_the_deadline_the_create_stays_ambiguous() {
            vendor.injectFault(Operation.LIST, vendor.typicalFault(ErrorKind.SERVER_ERROR, "down"), 100_000);

            Either<ElementsError, CreationTask> result = createFacing(Fault.connectionReset(), 1);

            assertThat(result.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.CreationUnknown.class,
                            unknown -> assertThat(unknown.message()).contains("the listing could not be read"));
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
        }
    }

    @Nested
    class Reads {

        @Test
        void a_server_error_on_a_read_is_retried() {
            vendor.injectFault(Operation.TAGS, vendor.typicalFault(ErrorKind.SERVER_ERROR, "try again"), 2);

            assertThat(client.tags().isRight()).isTrue();
            assertThat(vendor.count(Operation.TAGS)).isEqualTo(3);
        }

        @Test
        void a_delete_cut_off_is_retried_since_deleting_twice_is_harmless() {
            String id = client.submit(kit.drafts().image("Maeva").build())
                    .get()
                    .elementIds()
                    .head()
                    .value();
            vendor.injectFault(Operation.DELETE, Fault.connectionReset(), 1);

            assertThat(client.delete(ElementId.of(id)).isRight()).isTrue();
            assertThat(vendor.count(Operation.DELETE)).isEqualTo(2);
        }

        @Test
        void an_unreadable_page_is_a_provider_failure_not_an_exception() {
            vendor.injectFault(Operation.LIST, Fault.malformedBody(200), 5);

            ElementsError error =
                    client.list(ElementFilter.all(), PageRequest.first(5)).getLeft();

            assertThat(error)
                    .isInstanceOfSatisfying(
                            ElementsError.ProviderFailure.class,
                            f -> assertThat(f.ambiguous()).isFalse());
        }
    }
}
