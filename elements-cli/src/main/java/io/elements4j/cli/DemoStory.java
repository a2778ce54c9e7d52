package io.elements4j.cli;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.prompt.ElementPrompt;
import io.elements4j.domain.prompt.ElementRef;
import io.elements4j.domain.prompt.GenerationReferences;
import io.elements4j.domain.prompt.RenderedPrompt;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Backoff;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * One provider's part of {@code elements demo}: its sandbox started, then create, await, get, list, a prompt and
 * delete, each told in a line. A step the provider does not offer is told as skipped, never as an error.
 */
final class DemoStory {

    /** Sandboxes finish tasks within a few polls; poll briskly so the demo reads at the pace of a story. */
    static final AwaitOptions DEMO_WAIT = new AwaitOptions(
            new Backoff(Duration.ofMillis(250), Duration.ofSeconds(2), 2.0, 0.2), Duration.ofMinutes(2), 0);

    private static final MediaFacts PHOTO =
            MediaFacts.unknown().withDimensions(1024, 1536).withSizeBytes(420_000);
    private static final MediaFacts CLIP = MediaFacts.unknown()
            .withDimensions(1920, 1080)
            .withDuration(Duration.ofSeconds(5))
            .withSizeBytes(12_000_000);

    enum Outcome {
        OK("[ok]  "),
        SKIPPED("[skip]"),
        FAILED("[FAIL]");

        private final String mark;

        Outcome(String mark) {
            this.mark = mark;
        }
    }

    record Step(String name, Outcome outcome, String detail, ExitCode exitCode) {
        boolean failed() {
            return outcome == Outcome.FAILED;
        }

        boolean skipped() {
            return outcome == Outcome.SKIPPED;
        }

        Json.Obj toJson() {
            return Json.object().put("step", name).put("outcome", outcome).put("detail", detail);
        }
    }

    /** What was told about one provider. */
    record Told(ProviderMetadata provider, Option<String> sandbox, Seq<Step> steps) {
        Json.Obj toJson() {
            return Json.object()
                    .put("provider", provider.id())
                    .put("displayName", provider.displayName())
                    .put("sandbox", sandbox)
                    .put("steps", steps.map(Step::toJson));
        }
    }

    private final ElementsProvider provider;
    private final ProviderMetadata metadata;
    private final CliContext context;
    private final Output output;
    private final String name;
    private List<Step> steps = List.empty();

    DemoStory(ElementsProvider provider, CliContext context, Output output) {
        this.provider = provider;
        this.metadata = provider.metadata();
        this.context = context;
        this.output = output;
        this.name = metadata.displayName();
    }

    Told tell() {
        output.line("");
        Option<OfflineVendors> factory = OfflineVendors.forProvider(metadata.id(), context.classLoader());
        if (factory.isEmpty()) {
            output.line(Credentials.label(metadata));
            skip("sandbox", "no offline sandbox for " + name + " is on the class path - skipped");
            return told(Option.none());
        }
        OfflineVendor vendor;
        try {
            vendor = factory.get().start(metadata.id());
        } catch (RuntimeException | LinkageError e) {
            output.line(Credentials.label(metadata));
            fail("sandbox", "its sandbox could not start: " + e.getMessage(), ExitCode.UNEXPECTED);
            return told(Option.none());
        }
        String baseUrl = vendor.baseUrl();
        output.line(Credentials.label(metadata) + " - sandbox at " + baseUrl);
        Progress progress = new Progress(output, context.effectiveClock(), context.interactive());
        try (vendor;
                Elements elements = open(vendor, progress)) {
            lifecycle(elements, progress);
        } catch (RuntimeException e) {
            fail(
                    "setup",
                    "could not be used: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    ExitCode.UNEXPECTED);
        }
        return told(Option.some(baseUrl));
    }

    private Elements open(OfflineVendor vendor, Progress progress) {
        // Only the sandbox's settings: the user's own -D properties and env must not reach the demo.
        ElementsBuilder builder = Elements.builder()
                .provider(new ObservedProvider(provider, progress))
                .config(vendor.configuration().toJavaMap())
                .systemProperties(new Properties())
                .env(Map.of());
        context.clock().forEach(builder::clock);
        context.sleeper().forEach(builder::sleeper);
        return builder.build();
    }

    private void lifecycle(Elements elements, Progress progress) {
        Option<ElementDraft> draft = draft(metadata.ruleProfile());
        if (draft.isEmpty()) {
            skip("create", name + " cannot create elements - the rest is skipped");
            return;
        }
        Either<ElementsError, CreationTask> submitted = elements.submit(draft.get());
        if (submitted.isLeft()) {
            failWith("create", "asked for " + describe(draft.get()) + ", but", submitted.getLeft());
            return;
        }
        CreationTask task = submitted.get();
        ok("create", "asked for " + describe(draft.get()) + ": task " + task.id() + " is " + task.state());

        Option<CreationTask> finished = await(elements, task, progress);
        if (finished.isEmpty()) {
            return;
        }
        Option<ElementId> created = finished.get().elementIds().headOption();
        if (created.isEmpty()) {
            fail("await", "the task succeeded but named no element", ExitCode.VENDOR);
            return;
        }
        ElementId id = created.get();
        get(elements, id);
        list(elements, id);
        prompt(
                id,
                finished.get()
                        .elements()
                        .headOption()
                        .map(Element::name)
                        .getOrElse(draft.get().name()),
                draft.get());
        delete(elements, id);
    }

    private Option<CreationTask> await(Elements elements, CreationTask task, Progress progress) {
        if (task.isTerminal()) {
            if (task.state().isFailure()) {
                fail(
                        "await",
                        "the task ended " + task.state() + ": "
                                + task.failureReason().getOrElse("no reason"),
                        ExitCode.TIMEOUT);
                return Option.none();
            }
            ok(
                    "await",
                    "nothing to wait for: " + name + " created it at once, as element "
                            + task.elementIds().mkString(", "));
            return Option.some(task);
        }
        if (!metadata.supports(Capability.TASK_QUERY)) {
            skip(
                    "await",
                    unsupported(Capability.TASK_QUERY) + "; the element's id is not known, so the rest is"
                            + " skipped");
            return Option.none();
        }
        progress.start("task " + task.id());
        Either<ElementsError, Awaited<CreationTask>> awaited;
        try {
            awaited = elements.await(task.id(), DEMO_WAIT);
        } finally {
            progress.stop();
        }
        if (awaited.isLeft()) {
            failWith("await", "waited for task " + task.id() + ", but", awaited.getLeft());
            return Option.none();
        }
        CreationTask done = awaited.get().value();
        ok(
                "await",
                "task " + task.id() + " " + done.state() + " after "
                        + awaited.get().attempts() + " poll"
                        + (awaited.get().attempts() == 1 ? "" : "s") + " ("
                        + Progress.human(awaited.get().elapsed())
                        + "): element " + done.elementIds().mkString(", "));
        return Option.some(done);
    }

    private void get(Elements elements, ElementId id) {
        if (!metadata.supports(Capability.FIND)) {
            skip("get", unsupported(Capability.FIND) + " - skipped");
            return;
        }
        Either<ElementsError, Option<Element>> found = elements.find(id);
        if (found.isLeft()) {
            failWith("get", "looked up " + id + ", but", found.getLeft());
        } else if (found.get().isEmpty()) {
            fail("get", "looked up " + id + ", but " + name + " does not know it", ExitCode.NOT_FOUND);
        } else {
            Element element = found.get().get();
            ok(
                    "get",
                    "found " + id + " \"" + element.name() + "\": " + Views.lower(element.kind()) + ", "
                            + Views.lower(element.status()) + ", tags " + Views.tagsText(element.tags()));
        }
    }

    private void list(Elements elements, ElementId id) {
        if (!metadata.supports(Capability.LIST)) {
            skip("list", unsupported(Capability.LIST) + " - skipped");
            return;
        }
        int count = 0;
        int pages = 0;
        boolean seen = false;
        for (Either<ElementsError, Page<Element>> page :
                elements.listAll(ElementFilter.all()).pages()) {
            if (page.isLeft()) {
                failWith("list", "listed the account, but", page.getLeft());
                return;
            }
            pages++;
            count += page.get().items().size();
            seen |= page.get().items().exists(element -> element.id().equals(id));
        }
        if (seen) {
            ok(
                    "list",
                    id + " is among the " + count + " element" + (count == 1 ? "" : "s") + " listed (" + pages + " page"
                            + (pages == 1 ? "" : "s") + ")");
        } else {
            fail("list", "listed " + count + " elements, but " + id + " is not among them", ExitCode.VENDOR);
        }
    }

    private void prompt(ElementId id, String elementName, ElementDraft draft) {
        if (metadata.promptSyntax().isEmpty()) {
            skip("prompt", "the vendor has no prompt syntax (it takes no generation prompts) - skipped");
            return;
        }
        ElementRef element = new ElementRef(id, elementName, draft.references().kind());
        Validation<Seq<RuleViolation>, RenderedPrompt> rendered = ElementPrompt.builder()
                .element(element)
                .text(" waves at the camera")
                .build()
                .render(metadata.promptSyntax().get(), GenerationReferences.none());
        if (rendered.isInvalid()) {
            fail(
                    "prompt",
                    "could not write a prompt naming it: "
                            + rendered.getError().map(RuleViolation::toString).mkString("; "),
                    ExitCode.RULES);
            return;
        }
        ok(
                "prompt",
                "a generation prompt names it as \"" + rendered.get().text() + "\""
                        + (rendered.get().elementFields().isEmpty()
                                ? " with element_list [" + id + "]"
                                : " with element_1 = " + id));
    }

    private void delete(Elements elements, ElementId id) {
        if (!metadata.supports(Capability.DELETE)) {
            skip("delete", unsupported(Capability.DELETE) + " - skipped");
            return;
        }
        Either<ElementsError, Deletion> first = elements.delete(id);
        if (first.isLeft()) {
            failWith("delete", "deleted " + id + ", but", first.getLeft());
            return;
        }
        Either<ElementsError, Deletion> again = elements.delete(id);
        if (again.isLeft()) {
            failWith("delete", "deleted " + id + "; deleting it again should be harmless, but", again.getLeft());
            return;
        }
        ok(
                "delete",
                "deleted " + id + " (" + Views.lower(first.get().outcome()) + "); deleting it again answers "
                        + Views.lower(again.get().outcome()));
    }

    /** An element every rule of the vendor accepts: an image element where it can, otherwise a video element. */
    static Option<ElementDraft> draft(RuleProfile rules) {
        ElementDraft.Builder builder;
        if (rules.images().isDefined()) {
            builder = ElementDraft.image(
                    "Demo Courier", MediaSource.url("https://example.com/elements4j/demo/courier-front.jpg", PHOTO));
            RuleProfile.ImageRules images = rules.images().get();
            int extras = Math.min(Math.max(images.minExtras(), 1), images.maxExtras());
            for (int i = 1; i <= extras; i++) {
                builder.extras(
                        MediaSource.url("https://example.com/elements4j/demo/courier-side-" + i + ".jpg", PHOTO));
            }
        } else if (rules.video().isDefined()) {
            builder = ElementDraft.video(
                    "Demo Courier", MediaSource.url("https://example.com/elements4j/demo/courier.mp4", CLIP));
        } else {
            return Option.none();
        }
        builder.description("A courier in a red coat, made by the elements demo");
        if (rules.tags().maxTags() > 0) {
            builder.tag(TagKind.CHARACTER);
        }
        return Option.some(builder.build());
    }

    private static String describe(ElementDraft draft) {
        String kind = draft.references().kind().name().toLowerCase(Locale.ROOT);
        String tags = draft.tags().isEmpty()
                ? ""
                : ", tagged " + draft.tags().map(t -> t.name()).mkString(", ");
        return (kind.startsWith("i") ? "an " : "a ") + kind + " element \"" + draft.name() + "\"" + tags;
    }

    private String unsupported(Capability capability) {
        return name + " cannot " + capability.description();
    }

    private void ok(String step, String detail) {
        add(new Step(step, Outcome.OK, detail, ExitCode.OK));
    }

    private void skip(String step, String detail) {
        add(new Step(step, Outcome.SKIPPED, detail, ExitCode.OK));
    }

    private void fail(String step, String detail, ExitCode exitCode) {
        add(new Step(step, Outcome.FAILED, detail, exitCode));
    }

    private void failWith(String step, String what, ElementsError error) {
        fail(step, what + " " + error.message(), ExitCode.of(error));
    }

    private void add(Step step) {
        steps = steps.append(step);
        output.line("  " + step.outcome().mark + " " + String.format("%-7s", step.name()) + " " + step.detail());
    }

    private Told told(Option<String> sandbox) {
        return new Told(metadata, sandbox, steps);
    }
}
