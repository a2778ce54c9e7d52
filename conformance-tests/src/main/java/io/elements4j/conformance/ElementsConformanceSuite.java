package io.elements4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.elements4j.callback.server.CallbackServer;
import io.elements4j.client.Elements;
import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Backoff;
import io.elements4j.sandbox.CallbackFaults;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RandomFaults;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.SentCallback;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every elements4j provider must keep, run against a simulator of its vendor. Extend it with one
 * class that names the provider:
 *
 * <pre>{@code
 * class AcmeConformanceTest extends ElementsConformanceSuite {
 *     protected ElementsProvider provider() { return new AcmeElementsProvider(); }
 * }
 * }</pre>
 *
 * <p>The simulator is the one registered for the provider's id ({@code VendorSimulatorFactory}, found through
 * {@link java.util.ServiceLoader}); override {@link #startSimulator()} for one that is not registered. The suite runs
 * on the {@link ProviderTestKit} a provider's own tests use. Each test is gated on the capabilities the provider
 * declares; where a capability is absent a negative twin asserts the provider answers {@code Unsupported} without
 * sending anything. Time is virtual: nothing really sleeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ElementsConformanceSuite {

    /** The provider under test, as its public no-arg constructor builds it. */
    protected abstract ElementsProvider provider();

    /**
     * Starts a simulator of the provider's vendor; called once per test class, reset after each test. By default
     * the simulator registered for the provider's id.
     *
     * @return the running simulator
     */
    protected VendorSimulator startSimulator() {
        return Sandboxes.start(metadata().id());
    }

    /**
     * How many creates the callbacks group's soak awaits through callbacks (system property
     * {@code elements.conformance.callback-creates}, default 1,000).
     *
     * @return the number of creates
     */
    protected int callbackSoakCreates() {
        return Integer.getInteger("elements.conformance.callback-creates", 1000);
    }

    /**
     * How many creates the random-fault group sends (system property {@code elements.conformance.fault-creates},
     * default 300). A provider that shares its client with another one the suite
     * already soaks (a relay of the same wire, a second model of the same vendor) may run fewer in the build, keeping
     * the property's value when it is set, so a release soak runs the same number on every provider.
     *
     * @return the number of creates
     */
    protected int faultSoakCreates() {
        return Integer.getInteger("elements.conformance.fault-creates", UnderRandomFaults.DEFAULT_FAULT_CREATES);
    }

    /**
     * Whether a lost create is found again in the vendor's listing, for a provider that lists ({@code LIST}) but
     * takes no idempotency key: by default yes. Return {@code false} when the vendor's listing cannot tell which
     * element a create made; the suite then expects such a create to be sent once and answered
     * {@code CreationUnknown} with the draft's key, as for a vendor that does not list.
     *
     * @return whether lost creates are recovered from the listing
     */
    protected boolean recoversLostCreatesFromListing() {
        return supports(Capability.LIST) && !supports(Capability.IDEMPOTENT_CREATE);
    }

    /** A voice id the vendor accepts, used when it has no voice catalogue to pick one from. */
    protected String fallbackVoiceId() {
        return "829824295735410756";
    }

    protected VendorSimulator vendor;
    protected VirtualTime time;
    protected Elements elements;
    private ProviderTestKit kit;
    private ValidDrafts drafts;
    private int names;

    /** Polls every 1 s doubling to 10 s, for at most 5 virtual minutes. */
    protected static final AwaitOptions AWAIT = new AwaitOptions(
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 2.0, 0.1), Duration.ofMinutes(5), 0);

    @BeforeAll
    void startVendor() {
        kit = ProviderTestKit.of(provider()).withSimulator(this::startSimulator);
        vendor = kit.vendor();
        drafts = kit.drafts();
    }

    @AfterAll
    void stopVendor() {
        if (kit != null) {
            kit.close();
        }
    }

    @BeforeEach
    void freshVendor() {
        kit.beginTest();
        time = kit.time();
        elements = facade(vendor.configuration().toJavaMap(), 50);
    }

    @AfterEach
    void closeWhatTheTestBuilt() {
        kit.endTest();
    }

    // ---- fixture helpers -------------------------------------------------------------------------------------

    protected final ProviderMetadata metadata() {
        return provider().metadata();
    }

    protected final boolean supports(Capability capability) {
        return metadata().supports(capability);
    }

    /**
     * A facade on the simulator with this configuration (full property names) and page size; closed after the test.
     *
     * @param configuration the configuration, such as the simulator's with a wrong key
     * @param pageSize      how many elements a listing asks for at a time
     */
    protected final Elements facade(Map<String, String> configuration, int pageSize) {
        return kit.elements(configuration, b -> b.awaitDefaults(AWAIT).pageSize(pageSize));
    }

    /**
     * A facade whose vendor calls it back: both on one virtual scheduler over the test's time, the facade's waits
     * sleeping on it, and a receiver on loopback handing it the callbacks.
     */
    private record Receiving(VirtualScheduler scheduler, Elements elements, CallbackServer receiver)
            implements AutoCloseable {

        @Override
        public void close() {
            receiver.close();
            elements.close();
        }
    }

    private Receiving receiving(Map<String, String> configuration) {
        VirtualScheduler scheduler = new VirtualScheduler(time);
        vendor.useScheduler(scheduler);
        Elements hooked = kit.elements(
                configuration,
                b -> b.sleeper(scheduler.sleeper())
                        .scheduler(scheduler)
                        .asyncExecutor(Runnable::run)
                        .awaitDefaults(AWAIT));
        return new Receiving(scheduler, hooked, CallbackServer.builder(hooked).start());
    }

    /** The provider's client used directly, bypassing the facade's capability checks. */
    protected final VendorClient rawClient() {
        return kit.client();
    }

    protected final ElementDraft imageDraft() {
        return drafts.image(nextName()).build();
    }

    /**
     * A video element with a voice, tagged Character where the vendor takes tags (a vendor may bind a voice only to
     * a character).
     */
    private ElementDraft speaker(String name, VoiceBinding voice) {
        ElementDraft.Builder draft = drafts.video(name, voice);
        if (drafts.acceptsTags() && drafts.takenTag(TagKind.CHARACTER) == TagKind.CHARACTER) {
            draft.tag(TagKind.CHARACTER);
        }
        return draft.build();
    }

    protected final String nextName() {
        return "Suite " + (++names);
    }

    protected final VoiceBinding someVoice() {
        if (supports(Capability.VOICE_CATALOGUE)) {
            return elements.voices()
                    .toOption()
                    .flatMap(Seq::headOption)
                    .map(v -> VoiceBinding.existing(v.id()))
                    .getOrElse(VoiceBinding.existing(fallbackVoiceId()));
        }
        return VoiceBinding.existing(fallbackVoiceId());
    }

    /** Creates an element and waits for it, failing the test if that does not work. */
    protected final CreationTask createReady(ElementDraft draft) {
        Either<ElementsError, Awaited<CreationTask>> done = elements.createAndAwait(draft, AWAIT);
        assertThat(done.isRight()).as("creating %s: %s", draft.name(), done).isTrue();
        CreationTask task = done.get().value();
        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elementIds())
                .as("the elements a finished task produced")
                .isNotEmpty();
        return task;
    }

    /**
     * A read the provider sends over the wire, to aim faults at: the first page of the listing, the voice
     * catalogue, or a task lookup (after creating one). Returns the operation and the call.
     */
    protected final ProbeRead probeRead() {
        if (supports(Capability.LIST)) {
            return new ProbeRead(Operation.LIST, () -> elements.list(ElementFilter.all(), PageRequest.first(10)));
        }
        if (supports(Capability.VOICE_CATALOGUE)) {
            return new ProbeRead(Operation.VOICES, () -> elements.voices());
        }
        CreationTask task =
                elements.submit(imageDraft()).getOrElseThrow(e -> new AssertionError("setup create failed: " + e));
        return new ProbeRead(Operation.TASK, () -> elements.task(task.id()));
    }

    /** A read call and the operation it performs on the wire. */
    protected record ProbeRead(Operation operation, Supplier<Either<ElementsError, ?>> call) {}

    private static Fault withRetryAfter(Fault fault, Duration retryAfter) {
        return fault instanceof Fault.Status s
                ? Fault.status(s.status(), s.vendorCode(), s.message(), retryAfter)
                : fault;
    }

    // ---- the contract ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("discovery")
    public class Discovery {

        @Test
        void is_discoverable_through_the_service_loader() {
            Seq<Class<?>> found = List.ofAll(ServiceLoader.load(ElementsProvider.class).stream()
                    .map(p -> p.type())
                    .toList());

            assertThat(found.toJavaList())
                    .as("providers registered in META-INF/services")
                    .contains(provider().getClass());
        }

        /** A host app with only this provider on its class path gets it without naming it. */
        @Test
        void is_chosen_when_it_is_the_only_provider_on_the_class_path() {
            ClassLoader loader = ElementsConformanceSuite.this.getClass().getClassLoader();
            assumeTrue(!provider().chosenOnlyByName(), "the provider is used only when named");
            Seq<FoundProvider> found = ElementsProviders.available(loader).filter(p -> !p.chosenOnlyByName());
            assumeTrue(
                    found.size() == 1, () -> "other providers are on the class path: " + found.map(FoundProvider::id));

            assertThat(ElementsProviders.select(Option.none(), loader))
                    .isInstanceOf(provider().getClass());
            try (Elements chosen = Elements.builder()
                    .systemProperties(new Properties())
                    .env(Map.of())
                    .config(vendor.configuration().toJavaMap())
                    .build()) {
                assertThat(chosen.provider().id()).isEqualTo(metadata().id());
            }
        }

        /** A provider used only when named (a variant in another provider's jar) is chosen by its id. */
        @Test
        void is_chosen_by_its_id_when_it_must_be_named() {
            assumeTrue(provider().chosenOnlyByName(), "the provider may be chosen unnamed");
            ClassLoader loader = ElementsConformanceSuite.this.getClass().getClassLoader();

            assertThat(ElementsProviders.select(Option.some(metadata().id()), loader))
                    .isInstanceOf(provider().getClass());
        }

        /**
         * {@link ElementsProvider#prepare()}, which a short-lived process runs on a spare thread before it has read its
         * settings: it sends nothing and never throws, however often it runs, and a facade built after it works.
         */
        @Test
        void prepares_ahead_of_a_first_call_without_sending_anything() {
            provider().prepare();
            provider().prepare();

            assertThat(vendor.journal()).as("requests sent").isEmpty();
            assumeTrue(metadata().capabilities().contains(Capability.CREATE_IMAGE_ELEMENT), "makes no image elements");
            assertThat(elements.submit(imageDraft()).isRight())
                    .as("a create after it")
                    .isTrue();
        }

        @Test
        void declares_complete_metadata() {
            ProviderMetadata md = metadata();

            assertThat(md.id()).matches("[a-z][a-z0-9-]*");
            assertThat(md.displayName()).isNotBlank();
            assertThat(md.ruleProfile().vendor()).isEqualTo(md.id());
            assertThat(md.defaultBaseUrl()).startsWith("https://");
            assertThat(md.capabilities().contains(Capability.CREATE_IMAGE_ELEMENT)
                            || md.capabilities().contains(Capability.CREATE_VIDEO_ELEMENT))
                    .as("can create something")
                    .isTrue();
            assertThat(md.configKeys().exists(k -> k.secret()))
                    .as("declares its credential key")
                    .isTrue();
        }
    }

    @Nested
    @DisplayName("validation before sending")
    public class Validation {

        /** A name and a description one character beyond the profile's limits (a limit the vendor lacks is skipped). */
        @Test
        void an_invalid_draft_is_refused_with_every_violation_and_sends_nothing() {
            Option<Integer> nameLimit = metadata().ruleProfile().name().maxLength();
            Option<Integer> descriptionLimit =
                    metadata().ruleProfile().description().maxLength();
            assumeTrue(nameLimit.isDefined() || descriptionLimit.isDefined(), "the vendor limits neither");
            ElementDraft.Builder draft = drafts.image(nextName());
            nameLimit.forEach(max -> draft.name("x".repeat(max + 1)));
            descriptionLimit.forEach(max -> draft.description("d".repeat(max + 1)));

            Either<ElementsError, CreationTask> result = elements.submit(draft.build());

            Seq<String> broken = List.of("name", "description")
                    .zip(List.of(nameLimit, descriptionLimit))
                    .filter(limit -> limit._2.isDefined())
                    .map(limit -> limit._1);
            assertThat(result.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.InvalidRequest.class,
                            e -> assertThat(e.violations().map(v -> v.field()).toJavaList())
                                    .containsAll(broken.toJavaList()));
            assertThat(vendor.journal()).as("requests sent").isEmpty();
        }

        @Test
        void a_callback_to_a_private_host_is_refused_locally() {
            ElementDraft draft =
                    drafts.image(nextName()).callbackUrl("http://10.0.0.5/hook").build();

            Either<ElementsError, CreationTask> result = elements.submit(draft);

            assertThat(result.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.InvalidRequest.class,
                            e -> assertThat(e.violations().map(v -> v.field()).toJavaList())
                                    .contains("callbackUrl"));
            assertThat(vendor.journal()).isEmpty();
        }

        @Test
        void a_loopback_callback_is_refused_unless_a_sandbox_allows_it() {
            Map<String, String> real = new HashMap<>(vendor.configuration().toJavaMap());
            real.remove("elements." + metadata().id() + ".allow-loopback-callbacks");
            ElementDraft draft = drafts.image(nextName())
                    .callbackUrl("http://127.0.0.1:9/hook")
                    .build();

            Either<ElementsError, CreationTask> result = facade(real, 50).submit(draft);

            assertThat(result.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.InvalidRequest.class,
                            e -> assertThat(e.violations().map(v -> v.field()).toJavaList())
                                    .contains("callbackUrl"));
            assertThat(vendor.journal()).isEmpty();
        }

        @Test
        void tags_are_refused_locally_where_the_vendor_takes_none() {
            assumeFalse(drafts.acceptsTags(), "the vendor accepts tags");
            ElementDraft draft = drafts.image(nextName()).tag(TagKind.CHARACTER).build();

            assertThat(elements.submit(draft).getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
            assertThat(vendor.journal()).isEmpty();
        }
    }

    @Nested
    @DisplayName("tag kinds")
    class TagKinds {

        @Test
        void a_tag_of_a_kind_the_vendor_does_not_take_is_refused_locally() {
            Option<TagKind> refused = drafts.refusedTag();
            assumeTrue(refused.isDefined(), "the vendor takes every kind of tag, or none");
            ElementDraft draft = drafts.image(nextName()).tag(refused.get()).build();

            Either<ElementsError, CreationTask> result = elements.submit(draft);

            assertThat(result.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.InvalidRequest.class,
                            e -> assertThat(e.violations().map(v -> v.field()).toJavaList())
                                    .contains("tags[0]"));
            assertThat(vendor.journal()).isEmpty();
        }
    }

    @Nested
    @DisplayName("creation")
    public class Creation {

        @Test
        void creates_an_image_element() {
            assumeTrue(supports(Capability.CREATE_IMAGE_ELEMENT), "provider lacks capability CREATE_IMAGE_ELEMENT");

            CreationTask task = createReady(imageDraft());

            assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
            assertThat(task.elementIds())
                    .allSatisfy(id -> assertThat(id.value()).isNotBlank());
        }

        @Test
        void refuses_image_elements_when_it_cannot_make_them() {
            assumeFalse(
                    supports(Capability.CREATE_IMAGE_ELEMENT),
                    "provider has capability CREATE_IMAGE_ELEMENT; this test is for providers without it");

            assertThat(elements.submit(imageDraft()).getLeft()).isInstanceOf(ElementsError.Unsupported.class);
            assertThat(vendor.journal()).isEmpty();
        }

        @Test
        void creates_a_video_element_with_a_voice() {
            assumeTrue(
                    supports(Capability.CREATE_VIDEO_ELEMENT) && supports(Capability.VOICE_BINDING),
                    () -> "provider lacks capability "
                            + List.of(Capability.CREATE_VIDEO_ELEMENT, Capability.VOICE_BINDING)
                                    .filter(c -> !supports(c))
                                    .mkString(", "));

            CreationTask task = createReady(speaker(nextName(), someVoice()));

            if (supports(Capability.FIND)) {
                Element element = elements.find(task.elementIds().head())
                        .get()
                        .getOrElseThrow(() -> new AssertionError("created element not found"));
                assertThat(element.kind()).isEqualTo(ReferenceKind.VIDEO);
                assertThat(element.voice()).as("the bound voice").isNotEmpty();
            }
        }

        @Test
        void refuses_video_elements_when_it_cannot_make_them() {
            assumeFalse(
                    supports(Capability.CREATE_VIDEO_ELEMENT),
                    "provider has capability CREATE_VIDEO_ELEMENT; this test is for providers without it");

            assertThat(elements.submit(drafts.video(nextName(), VoiceBinding.none())
                                    .build())
                            .getLeft())
                    .isInstanceOf(ElementsError.Unsupported.class);
            assertThat(vendor.journal()).isEmpty();
        }

        @Test
        void keeps_the_tags_given_on_creation() {
            assumeTrue(
                    supports(Capability.TAGS_ON_CREATE) && supports(Capability.FIND),
                    () -> "provider lacks capability "
                            + List.of(Capability.TAGS_ON_CREATE, Capability.FIND)
                                    .filter(c -> !supports(c))
                                    .mkString(", "));

            TagKind kind = drafts.takenTag(TagKind.CHARACTER);
            CreationTask task = createReady(drafts.image(nextName()).tag(kind).build());
            Element element = elements.find(task.elementIds().head())
                    .get()
                    .getOrElseThrow(() -> new AssertionError("created element not found"));

            assertThat(element.tags().toJavaList()).contains(Tag.of(kind));
        }
    }

    @Nested
    @DisplayName("awaiting tasks")
    public class Awaiting {

        @Test
        void a_task_moves_through_its_states_over_polls() {
            assumeTrue(supports(Capability.TASK_QUERY), "provider lacks capability TASK_QUERY");
            vendor.completeTasksAfterPolls(3);

            Awaited<CreationTask> done =
                    elements.createAndAwait(imageDraft(), AWAIT).get();

            assertThat(done.value().state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(done.attempts()).isGreaterThanOrEqualTo(3);
            assertThat(vendor.count(Operation.TASK)).isGreaterThanOrEqualTo(3);
        }

        @Test
        void a_failed_task_ends_the_wait_at_once_with_TaskFailed() {
            assumeTrue(supports(Capability.TASK_QUERY), "provider lacks capability TASK_QUERY");
            vendor.completeTasksAfterPolls(2);
            vendor.failNextCreation("the frontal image shows no subject");

            Either<ElementsError, Awaited<CreationTask>> result = elements.createAndAwait(imageDraft(), AWAIT);

            assertThat(result.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.TaskFailed.class,
                            e -> assertThat(e.message()).contains("the frontal image shows no subject"));
            assertThat(vendor.count(Operation.TASK))
                    .as("polls after the failure showed")
                    .isLessThanOrEqualTo(3);
        }

        @Test
        void the_overall_timeout_holds() {
            assumeTrue(supports(Capability.TASK_QUERY), "provider lacks capability TASK_QUERY");
            vendor.completeTasksAfterPolls(100_000);
            Instant start = time.now();

            Either<ElementsError, Awaited<CreationTask>> result =
                    elements.createAndAwait(imageDraft(), AWAIT.withTimeout(Duration.ofMinutes(2)));

            assertThat(result.getLeft())
                    .as("a wait that runs out is not a failure of the task")
                    .isInstanceOfSatisfying(ElementsError.TaskStateUnknown.class, unknown -> {
                        assertThat(unknown.taskId().value()).isNotBlank();
                        assertThat(unknown.lastKnownState().isDefined())
                                .as("last known state")
                                .isTrue();
                    });
            assertThat(Duration.between(start, time.now()))
                    .isLessThanOrEqualTo(Duration.ofMinutes(2).plusSeconds(1));
        }

        @Test
        void answers_Unsupported_for_task_lookups_it_cannot_make() {
            assumeFalse(
                    supports(Capability.TASK_QUERY),
                    "provider has capability TASK_QUERY; this test is for providers without it");

            assertUnsupportedWithoutRequests(c -> c.task(CreationTaskId.of("task-1")));
        }
    }

    @Nested
    @DisplayName("finding and listing")
    public class Query {

        @Test
        void lists_every_element_across_at_least_three_pages() {
            assumeTrue(supports(Capability.LIST), "provider lacks capability LIST");
            Seq<String> seeded = vendor.seedElements(7);
            Elements smallPages = facade(vendor.configuration().toJavaMap(), 3);

            Seq<String> listed = smallPages.listAll().all().get().map(e -> e.id().value());

            assertThat(listed.toJavaList()).containsAll(seeded.toJavaList()).doesNotHaveDuplicates();
            assertThat(vendor.count(Operation.LIST)).isGreaterThanOrEqualTo(3);
        }

        @Test
        void a_filtered_listing_finds_its_one_element_past_many_pages_without_it() {
            assumeTrue(supports(Capability.LIST), "provider lacks capability LIST");
            assumeTrue(supports(Capability.TAGS_ON_CREATE), "provider lacks capability TAGS_ON_CREATE");
            TagKind kind = drafts.takenTag(TagKind.EFFECT);
            CreationTask tagged = createReady(drafts.image(nextName()).tag(kind).build());
            vendor.seedElements(63);
            Elements smallPages = facade(vendor.configuration().toJavaMap(), 3);

            Seq<Element> found = smallPages
                    .listAll(ElementFilter.all().withTag(Tag.of(kind)))
                    .all()
                    .get();

            assertThat(found.map(Element::id).toJavaList()).containsExactlyElementsOf(tagged.elementIds());
        }

        @Test
        void finding_an_element_that_does_not_exist_is_empty() {
            assumeTrue(supports(Capability.FIND), "provider lacks capability FIND");

            Either<ElementsError, Option<Element>> found = elements.find(ElementId.of(missingElementId()));

            assertThat(found.isRight()).as("find of a missing id: %s", found).isTrue();
            assertThat(found.get().filter(e -> e.status() != ElementStatus.DELETED))
                    .isEmpty();
        }

        @Test
        void lists_preset_elements() {
            assumeTrue(supports(Capability.PRESETS), "provider lacks capability PRESETS");

            Seq<Element> presets = elements.presets(PageRequest.first(10)).get().items();

            assertThat(presets.toJavaList())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.origin()).isEqualTo(Origin.OFFICIAL));
        }

        @Test
        void lists_the_tag_catalogue() {
            assumeTrue(supports(Capability.TAG_CATALOGUE), "provider lacks capability TAG_CATALOGUE");

            assertThat(elements.tags().get().toJavaList()).contains(Tag.of(TagKind.CHARACTER));
        }

        @Test
        void lists_voices() {
            assumeTrue(supports(Capability.VOICE_CATALOGUE), "provider lacks capability VOICE_CATALOGUE");

            assertThat(elements.voices().get().toJavaList())
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(v.id().value()).isNotBlank());
        }

        @Test
        void answers_Unsupported_for_every_query_it_cannot_make() {
            Map<Capability, Function<VendorClient, Either<ElementsError, ?>>> calls = new HashMap<>();
            calls.put(Capability.FIND, c -> c.find(ElementId.of(missingElementId())));
            calls.put(Capability.LIST, c -> c.list(ElementFilter.all(), PageRequest.first(10)));
            calls.put(Capability.PRESETS, c -> c.presets(PageRequest.first(10)));
            calls.put(Capability.TAG_CATALOGUE, VendorClient::tags);
            calls.put(Capability.VOICE_CATALOGUE, VendorClient::voices);
            calls.put(Capability.DELETE, c -> c.delete(ElementId.of(missingElementId())));
            calls.forEach((capability, call) -> {
                if (!supports(capability)) {
                    assertUnsupportedWithoutRequests(call);
                }
            });
        }
    }

    /** An id of the vendor's shape that names no element. */
    protected String missingElementId() {
        return "404404404404404404";
    }

    private void assertUnsupportedWithoutRequests(Function<VendorClient, Either<ElementsError, ?>> call) {
        Either<ElementsError, ?> result;
        try (VendorClient client = rawClient()) {
            result = call.apply(client);
        }
        assertThat(result.isLeft())
                .as("answer of an unsupported operation: %s", result)
                .isTrue();
        assertThat(result.getLeft()).isInstanceOf(ElementsError.Unsupported.class);
        assertThat(result.getLeft().message()).isNotBlank();
        assertThat(vendor.journal())
                .as("requests sent for an unsupported operation")
                .isEmpty();
    }

    @Nested
    @DisplayName("the whole lifecycle")
    public class Lifecycle {

        @Test
        void create_await_find_list_delete_and_delete_again() {
            assumeTrue(
                    supports(Capability.FIND) && supports(Capability.LIST) && supports(Capability.DELETE),
                    () -> "provider lacks capability "
                            + List.of(Capability.FIND, Capability.LIST, Capability.DELETE)
                                    .filter(c -> !supports(c))
                                    .mkString(", "));
            ElementDraft draft = imageDraft();

            ElementId id = createReady(draft).elementIds().head();
            Element found = elements.find(id).get().getOrElseThrow(() -> new AssertionError("not found: " + id));
            Seq<ElementId> listed = elements.listAll().all().get().map(Element::id);
            Deletion first = elements.delete(id).get();
            Deletion second = elements.delete(id).get();
            Seq<ElementId> afterwards = elements.listAll().all().get().map(Element::id);

            assertThat(found.id()).isEqualTo(id);
            assertThat(found.name()).startsWith(draft.name());
            assertThat(listed.toJavaList()).contains(id);
            assertThat(first.outcome()).isEqualTo(Deletion.Outcome.DELETED);
            assertThat(second.outcome()).isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
            assertThat(afterwards.toJavaList()).doesNotContain(id);
            assertThat(elements.find(id).get().filter(e -> e.status() != ElementStatus.DELETED))
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("errors")
    public class Errors {

        private Either<ElementsError, CreationTask> createFacing(ErrorKind kind, String message) {
            vendor.injectFault(Operation.CREATE, vendor.typicalFault(kind, message), 1);
            return elements.submit(imageDraft());
        }

        @Test
        void a_wrong_credential_is_Unauthorized() {
            Map<String, String> wrong = new HashMap<>(vendor.configuration().toJavaMap());
            wrong.replaceAll((k, v) -> v.equals(vendor.credential()) ? "wrong-" + v : v);

            Either<ElementsError, CreationTask> result = facade(wrong, 50).submit(imageDraft());

            assertThat(result.getLeft()).isInstanceOf(ElementsError.Unauthorized.class);
        }

        @Test
        void an_exhausted_balance_is_InsufficientCredits() {
            assertThat(createFacing(ErrorKind.INSUFFICIENT_CREDITS, "balance exhausted")
                            .getLeft())
                    .isInstanceOf(ElementsError.InsufficientCredits.class);
        }

        @Test
        void a_refused_permission_is_Forbidden() {
            assertThat(createFacing(ErrorKind.FORBIDDEN, "no access to this model")
                            .getLeft())
                    .isInstanceOf(ElementsError.Forbidden.class);
        }

        @Test
        void a_bad_request_keeps_the_vendors_message() {
            ElementsError error = createFacing(ErrorKind.INVALID_REQUEST, "frontal_image could not be downloaded")
                    .getLeft();

            assertThat(error).isInstanceOf(ElementsError.InvalidRequest.class);
            assertThat(error.message()).contains("frontal_image could not be downloaded");
        }

        @Test
        void a_missing_resource_is_NotFound() {
            ProbeRead probe = probeRead();
            vendor.injectFault(probe.operation(), vendor.typicalFault(ErrorKind.NOT_FOUND, "no such thing"), 5);

            Either<ElementsError, ?> result = probe.call().get();

            // A finder may turn "not found" into an empty answer; anything else must be NotFound.
            if (result.isLeft()) {
                assertThat(result.getLeft()).isInstanceOf(ElementsError.NotFound.class);
            }
        }

        @Test
        void a_malformed_body_is_a_typed_error_not_an_exception() {
            ProbeRead probe = probeRead();
            vendor.injectFault(probe.operation(), Fault.malformedBody(200), 10);

            Either<ElementsError, ?> result = probe.call().get();

            assertThat(result.getLeft()).isInstanceOf(ElementsError.ProviderFailure.class);
        }

        @Test
        void no_error_message_contains_a_secret() {
            Map<String, String> wrong = new HashMap<>(vendor.configuration().toJavaMap());
            String wrongKey = "sk-e4j-wrong-" + vendor.credential();
            wrong.replaceAll((k, v) -> v.equals(vendor.credential()) ? wrongKey : v);
            Seq<ElementsError> errors = List.of(
                            facade(wrong, 50).submit(imageDraft()),
                            createFacing(ErrorKind.INVALID_REQUEST, "bad"),
                            createFacing(ErrorKind.SERVER_ERROR, "oops"),
                            createFacing(ErrorKind.RATE_LIMITED, "slow"))
                    .filter(Either::isLeft)
                    .map(Either::getLeft);

            assertThat(errors.toJavaList()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.message()).doesNotContain(vendor.credential()).doesNotContain(wrongKey);
                assertThat(e.toString()).doesNotContain(vendor.credential()).doesNotContain(wrongKey);
            });
        }
    }

    @Nested
    @DisplayName("resilience")
    public class Resilience {

        @Test
        void a_rate_limit_with_retry_after_is_waited_out_then_succeeds() {
            ProbeRead probe = probeRead();
            int before = vendor.count(probe.operation());
            vendor.injectFault(
                    probe.operation(),
                    withRetryAfter(
                            vendor.typicalFault(ErrorKind.RATE_LIMITED, "too many requests"), Duration.ofSeconds(7)),
                    1);

            Either<ElementsError, ?> result = probe.call().get();

            assertThat(result.isRight()).as("after one rate limit: %s", result).isTrue();
            assertThat(vendor.count(probe.operation()) - before).isEqualTo(2);
            assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        }

        @Test
        void a_server_error_on_a_read_is_retried_then_succeeds() {
            ProbeRead probe = probeRead();
            int before = vendor.count(probe.operation());
            vendor.injectFault(probe.operation(), vendor.typicalFault(ErrorKind.SERVER_ERROR, "try again"), 1);

            Either<ElementsError, ?> result = probe.call().get();

            assertThat(result.isRight())
                    .as("after one server error: %s", result)
                    .isTrue();
            assertThat(vendor.count(probe.operation()) - before).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("idempotent creation")
    public class Idempotency {

        @Test
        void a_create_cut_off_after_sending_is_never_sent_again() {
            vendor.injectFault(Operation.CREATE, Fault.connectionReset(), 1);

            Either<ElementsError, CreationTask> result = elements.submit(imageDraft());

            assertSentOnceUnlessKeyed(result);
        }

        @Test
        void a_create_answered_with_a_server_error_is_never_sent_again() {
            vendor.injectFault(Operation.CREATE, vendor.typicalFault(ErrorKind.SERVER_ERROR, "internal error"), 1);

            Either<ElementsError, CreationTask> result = elements.submit(imageDraft());

            assertSentOnceUnlessKeyed(result);
        }

        /**
         * A create whose fate is unknown is never sent again blindly. With an idempotency key the provider recovers
         * the task, looking it up before it would re-send, and re-sends at most once, under the same key, when the
         * lookup finds nothing. With a listing to look in ({@link #recoversLostCreatesFromListing()}) it finds the
         * element there, and re-sends only after the listing shows nothing was made. Without either, the caller gets
         * {@code CreationUnknown}, carrying the draft's key.
         */
        private void assertSentOnceUnlessKeyed(Either<ElementsError, CreationTask> result) {
            if (supports(Capability.IDEMPOTENT_CREATE)) {
                assertThat(result.isRight())
                        .as("recovered through the idempotency key: %s", result)
                        .isTrue();
                assertThat(vendor.count(Operation.CREATE)).as("creates sent").isBetween(1, 2);
                if (vendor.count(Operation.CREATE) == 2) {
                    int secondCreate = vendor.journal().indexWhere(r -> r.operation() == Operation.CREATE, 1);
                    int lookup = vendor.journal().indexWhere(r -> r.operation() == Operation.TASK);
                    assertThat(lookup)
                            .as("looked the task up before re-sending")
                            .isBetween(0, secondCreate);
                }
                return;
            }
            if (recoversLostCreatesFromListing()) {
                assertThat(result.isRight())
                        .as("recovered from the listing: %s", result)
                        .isTrue();
                assertThat(vendor.creations()).as("elements made").hasSize(1);
                if (vendor.count(Operation.CREATE) == 2) {
                    int secondCreate = vendor.journal().indexWhere(r -> r.operation() == Operation.CREATE, 1);
                    int listing = vendor.journal().indexWhere(r -> r.operation() == Operation.LIST);
                    assertThat(listing)
                            .as("looked in the listing before re-sending")
                            .isBetween(0, secondCreate);
                }
                return;
            }
            assertThat(vendor.count(Operation.CREATE)).as("creates sent").isEqualTo(1);
            assertThat(result.isLeft())
                    .as("an unrecoverable create is reported, not retried: %s", result)
                    .isTrue();
            assertThat(result.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.CreationUnknown.class,
                            e -> assertThat(e.idempotencyKey())
                                    .as("carries the draft's key")
                                    .isNotNull());
        }

        @Test
        void the_same_draft_submitted_twice_is_one_task_when_the_vendor_takes_a_key() {
            assumeTrue(supports(Capability.IDEMPOTENT_CREATE), "provider lacks capability IDEMPOTENT_CREATE");
            ElementDraft draft = imageDraft();

            CreationTask first = elements.submit(draft).get();
            CreationTask second = elements.submit(draft).get();

            assertThat(second.id()).isEqualTo(first.id());
        }
    }

    /**
     * Hundreds of creates, each awaited, while seeded random faults strike a fifth of all requests — create, poll,
     * lookup and listing alike — evenly over six kinds (reset before forwarding, dropped after, 500/502/503, 429 with
     * {@code Retry-After: 1}, an answer slower than the read timeout, a 200 cut short). Where the vendor calls back,
     * every draft carries a callback URL and a tenth of the callbacks are dropped, duplicated or delayed too: a create
     * whose answer was lost is then found by its callback. Time is virtual but for the slow answers, which need a real
     * read timeout (200 ms here). The build runs {@value #DEFAULT_FAULT_CREATES} creates; set
     * {@code -Delements.conformance.fault-creates=N} for a longer soak (the release figure is 1,000).
     */
    @Nested
    @DisplayName("under random faults")
    @org.junit.jupiter.api.Tag("faults")
    public class UnderRandomFaults {

        static final double FAULT_RATE = 0.2;
        static final double CALLBACK_FAULT_RATE = 0.1;
        static final int DEFAULT_FAULT_CREATES = 300;

        private AutoCloseable faulty;

        @AfterEach
        void stop() throws Exception {
            if (faulty != null) {
                faulty.close();
            }
        }

        @Test
        void no_create_is_lost_duplicated_or_misreported() {
            int creates = faultSoakCreates();
            Map<String, String> config = new HashMap<>(vendor.configuration().toJavaMap());
            config.put("elements." + metadata().id() + ".read-timeout", "PT0.2S");
            RandomFaults faults = RandomFaults.of(20261201L, FAULT_RATE, Duration.ofMillis(350));
            boolean callsBack = supports(Capability.CALLBACKS) && vendor.callsBack();

            FaultSoak.Tally tally;
            if (callsBack) {
                Receiving hooked = receiving(config);
                faulty = hooked;
                tally = FaultSoak.run(
                        hooked.elements(),
                        vendor,
                        i -> drafts.image("Soak " + i)
                                .callbackUrl(hooked.receiver().url())
                                .build(),
                        creates,
                        faults,
                        CallbackFaults.droppedDuplicatedOrDelayed(CALLBACK_FAULT_RATE, 20261202L),
                        AWAIT);
            } else {
                Elements plain = facade(config, 50);
                faulty = plain;
                tally = FaultSoak.run(
                        plain, vendor, i -> drafts.image("Soak " + i).build(), creates, faults, AWAIT);
            }

            System.out.println(metadata().id() + " under random faults" + (callsBack ? " with callbacks" : "") + ": "
                    + tally.summary()
                    + (callsBack
                            ? "; callbacks: " + vendor.callbacksSent().size() + " attempts, "
                                    + vendor.callbacksDropped() + " dropped"
                            : ""));
            assertThat(tally.problems().toJavaList())
                    .as("answers that break the contract")
                    .isEmpty();
            assertThat(tally.duplicates()).as("duplicates").isZero();
            assertThat(tally.lost()).as("lost creates").isZero();
            assertThat(tally.misreported()).as("misreported waits").isZero();
            assertThat(faults.injected(Operation.CREATE))
                    .as("faults on creates")
                    .isPositive();
            if (supports(Capability.TASK_QUERY)) {
                assertThat(faults.injected(Operation.TASK))
                        .as("faults on polls and lookups")
                        .isPositive();
            }
            if (supports(Capability.IDEMPOTENT_CREATE)) {
                assertThat(tally.ambiguousMade())
                        .as("creates made but left ambiguous, with a key to look them up by")
                        .isZero();
            } else if (recoversLostCreatesFromListing()) {
                assertThat(faults.injected(Operation.LIST))
                        .as("faults on the listing that recovery reads")
                        .isPositive();
                assertThat(tally.ambiguousMade())
                        .as("creates made but left ambiguous, with a listing to look in")
                        .isLessThanOrEqualTo(creates / 100);
            } else if (callsBack) {
                assertThat(vendor.callbacksDropped()).as("callbacks dropped").isPositive();
                assertThat(tally.ambiguousMade())
                        .as("creates made but left ambiguous, with a callback naming the draft")
                        .isLessThanOrEqualTo(creates / 100);
            }
        }
    }

    @Nested
    @DisplayName("callbacks")
    public class Callbacks {

        private Receiving receiving;
        private VirtualScheduler scheduler;
        private Elements hooked;
        private CallbackServer receiver;

        @BeforeEach
        void listen() {
            assumeTrue(supports(Capability.CALLBACKS), "provider lacks capability CALLBACKS");
            assumeTrue(vendor.callsBack(), "the simulator of " + metadata().id() + " does not call back");
            receiving = receiving(vendor.configuration().toJavaMap());
            scheduler = receiving.scheduler();
            hooked = receiving.elements();
            receiver = receiving.receiver();
        }

        @AfterEach
        void stop() {
            if (receiving != null) {
                receiving.close();
            }
        }

        private ElementDraft hookedDraft(String name) {
            return drafts.image(name).callbackUrl(receiver.url()).build();
        }

        @Test
        void a_create_with_a_callback_completes_without_a_poll() {
            Either<ElementsError, Awaited<CreationTask>> done = hooked.createAndAwait(hookedDraft(nextName()), AWAIT);

            assertThat(done.isRight()).as("%s", done).isTrue();
            assertThat(done.get().value().elementIds()).isNotEmpty();
            assertThat(done.get().attempts()).as("polls the wait made").isZero();
            assertThat(vendor.count(Operation.TASK))
                    .as("task polls the vendor received")
                    .isZero();
            assertThat(receiver.accepted()).as("callbacks accepted").isPositive();
        }

        /**
         * A create the vendor acted on but whose answer was lost (the connection reset after sending): on a vendor that
         * cannot be asked, only the callback can tell — and it can, because the draft's callback URL names the draft.
         */
        @Test
        void a_create_whose_answer_was_lost_is_found_by_its_callback() {
            vendor.injectFault(Operation.CREATE, Fault.connectionReset(), 1);
            ElementDraft draft = hookedDraft(nextName());

            Either<ElementsError, Awaited<CreationTask>> done = hooked.createAndAwait(draft, AWAIT);

            assertThat(done.isRight()).as("%s", done).isTrue();
            assertThat(vendor.creations()).as("elements made").hasSize(1);
            assertThat(done.get().value().id().value())
                    .isEqualTo(vendor.creations().head().taskId());
            assertThat(vendor.callbacksSent().map(SentCallback::url))
                    .as("callback URLs")
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url).contains("elements4j-draft=" + draft.idempotencyKey()));
        }

        @Test
        void a_lost_callback_is_caught_by_the_safety_net() {
            vendor.injectCallbackFaults(new CallbackFaults(1.0, 0, 0, 0, 1));

            Either<ElementsError, Awaited<CreationTask>> done = hooked.createAndAwait(hookedDraft(nextName()), AWAIT);

            assertThat(done.isRight()).as("%s", done).isTrue();
            assertThat(done.get().attempts()).as("polls: the safety net's one").isEqualTo(1);
            assertThat(done.get().elapsed())
                    .as("the safety net waits its interval")
                    .isGreaterThanOrEqualTo(
                            Elements.DEFAULT_SAFETY_NET.multipliedBy(9).dividedBy(10));
            assertThat(receiver.accepted()).isZero();
        }

        @Test
        void duplicated_and_late_callbacks_are_harmless() {
            CreationTask task = hooked.createAndAwait(hookedDraft(nextName()), AWAIT)
                    .getOrElseThrow(e -> new AssertionError("create failed: " + e))
                    .value();
            Seq<SentCallback> delivered = vendor.callbacksSent().filter(SentCallback::delivered);
            assertThat(delivered).as("callbacks delivered").isNotEmpty();

            // Everything again, the terminal one first and the earlier ones after it.
            for (SentCallback again : delivered.reverse()) {
                assertThat(post(again.headers(), again.body()))
                        .as("a repeated callback is answered 2xx")
                        .isEqualTo(204);
            }

            CreationTask now = hooked.taskUpdates().latest(task.id()).getOrElseThrow(AssertionError::new);
            assertThat(now.state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(now.elementIds()).isEqualTo(task.elementIds());
            assertThat(hooked.await(task.id(), AWAIT).map(a -> a.value().state()))
                    .isEqualTo(Either.right(TaskState.SUCCEEDED));
        }

        @Test
        void a_tampered_stale_or_unsigned_callback_is_refused() {
            assumeTrue(vendor.signsCallbacks(), "the vendor of " + metadata().id() + " does not sign callbacks");
            hooked.createAndAwait(hookedDraft(nextName()), AWAIT).getOrElseThrow(e -> new AssertionError("" + e));
            SentCallback genuine =
                    vendor.callbacksSent().filter(SentCallback::delivered).last();

            // Still JSON, still the same task: only the bytes the signature covers differ.
            String tampered = genuine.body().replaceFirst("\\}\\s*$", " }");
            assertThat(post(genuine.headers(), tampered)).as("a tampered body").isEqualTo(401);
            assertThat(post(genuine.headers().filterKeys(k -> k.equalsIgnoreCase("Content-Type")), genuine.body()))
                    .as("no signature (only the Content-Type kept)")
                    .isEqualTo(401);
            time.advance(Duration.ofMinutes(10));
            assertThat(post(genuine.headers(), genuine.body()))
                    .as("a replay ten minutes later")
                    .isEqualTo(401);
            assertThat(hooked.receiveCallback(IncomingCallback.ofSingleValues(Map.of(), "{\"task_id\": "))
                            .isLeft())
                    .as("a body that is not the vendor's is refused")
                    .isTrue();
        }

        @Test
        void many_creates_complete_by_callback_with_dropped_and_duplicated_callbacks() {
            int creates = callbackSoakCreates();
            CallbackFaults faults = new CallbackFaults(0.10, 0.10, 0.10, vendor.signsCallbacks() ? 0.05 : 0, 20261201L);

            CallbackSoak.Tally tally = CallbackSoak.run(
                    hooked, vendor, scheduler, i -> hookedDraft("Hooked " + i), creates, faults, AWAIT);

            System.out.println(metadata().id() + " callbacks: " + tally.summary());
            assertThat(tally.problems().toJavaList())
                    .as("answers that break the contract")
                    .isEmpty();
            assertThat(tally.misreported()).isZero();
            assertThat(tally.succeeded()).isEqualTo(creates);
            assertThat(tally.dropped()).as("callbacks dropped").isPositive();
            assertThat(tally.pollsPerCreate()).as("polls per create").isLessThanOrEqualTo(1.0);
            assertThat(hooked.taskUpdates().listening())
                    .as("waits still subscribed")
                    .isZero();
        }

        private int post(io.vavr.collection.Map<String, String> headers, String body) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(receiver.url())).POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                return HttpClient.newHttpClient()
                        .send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
