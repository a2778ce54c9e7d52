package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;

/** {@code elements create}: one element, or every draft of a file with {@code --from}. */
final class CreateCommand extends ProviderCommand {

    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(15);

    private String frontal;
    private java.util.List<String> extras = new ArrayList<>();
    private String video;
    private String name;
    private String description;
    private java.util.List<String> tags = new ArrayList<>();
    private String voice;
    private String voiceClip;
    private boolean extractVoice;
    private boolean generateViews;
    private String callbackUrl;
    private String idempotencyKey;
    private boolean await;
    private Duration timeout;
    private final BulkCreate.Options bulkOptions = new BulkCreate.Options();

    CreateCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        CommandModel model = CommandModel.of(
                        "create",
                        this,
                        "Create an image element (--frontal, --extra) or a video element (--video).",
                        "With --wait, wait until it is ready (progress on stderr when it is a terminal).",
                        "With --from FILE|DIR, create every draft of a JSON Lines file (one draft a line) at the"
                                + " vendor's pace and wait for each, with --concurrency, --journal FILE and --resume.",
                        "A local FILE is sent inline where the provider takes inline media; the draft is checked"
                                + " against the provider's rules first, and every broken rule is listed (exit code"
                                + " 3): nothing is sent, and no sandbox is started, for a draft that breaks one.")
                .inOrderAdded()
                .option(Arg.of(String.class, given -> frontal = given)
                        .names("--frontal")
                        .label("URL|FILE")
                        .description("the frontal (cover) photo"))
                .option(Arg.repeatable(given -> extras = given)
                        .names("--extra")
                        .label("URL|FILE")
                        .description("a further angle (repeatable)"))
                .option(Arg.of(String.class, given -> video = given)
                        .names("--video")
                        .label("URL|FILE")
                        .description("the reference video"))
                .option(Arg.of(String.class, given -> name = given)
                        .names("--name")
                        .label("<name>")
                        .description("the element's name (required without --from)"))
                .option(Arg.of(String.class, given -> description = given)
                        .names("--description")
                        .label("<description>")
                        .description("what it is (required by most vendors)"))
                .option(Arg.repeatable(given -> tags = given)
                        .names("--tag")
                        .label("TAG")
                        .description(
                                "a tag: CHARACTER, character, o_102, ... (repeatable; `elements tags` lists them)"))
                .option(Arg.of(String.class, given -> voice = given)
                        .names("--voice")
                        .label("ID")
                        .description("bind an existing voice"))
                .option(Arg.of(String.class, given -> voiceClip = given)
                        .names("--voice-clip")
                        .label("URL")
                        .description("make a voice from this clip, where the provider takes clip URLs"
                                + " (its voice row in `elements providers`)"))
                .option(Arg.flag(given -> extractVoice = given)
                        .names("--extract-voice")
                        .description("take the voice from the reference video"))
                .option(Arg.flag(given -> generateViews = given)
                        .names("--generate-views")
                        .description("let the vendor generate extra angles, where it can"
                                + " (\"or generated views\" in `elements providers`)"))
                .option(Arg.of(String.class, given -> callbackUrl = given)
                        .names("--callback-url")
                        .label("URL")
                        .description("where the vendor reports completion"))
                .option(Arg.of(String.class, given -> idempotencyKey = given)
                        .names("--idempotency-key")
                        .label("KEY")
                        .description("reuse a key to make a retried create safe (default: a new one); only where the"
                                + " provider deduplicates creates (`elements providers`: idempotent create), refused"
                                + " elsewhere"))
                .option(Arg.flag(given -> await = given)
                        .names("--wait")
                        .description("wait until the element is ready (progress on stderr)"))
                .option(Arg.of(Duration.class, given -> timeout = given)
                        .names("--timeout")
                        .label("DURATION")
                        .converter(new Arguments.DurationConverter())
                        .description("give up after this long: with --wait the whole wait (default: 15m), otherwise"
                                + " the create call, retries included (default: the provider's call-timeout)"));
        return bulkOptions.addTo(model);
    }

    @Override
    Option<Duration> callTimeout() {
        return await || bulkOptions.from != null ? Option.none() : Option.of(timeout);
    }

    private ElementDraft draft;
    private BulkCreate bulk;

    @Override
    void prepare() {
        BulkCreate.refuseWithoutFrom(bulkOptions);
        if (bulkOptions.from != null) {
            bulk = BulkCreate.prepare(
                    bulkOptions,
                    frontal != null
                            || video != null
                            || name != null
                            || !extras.isEmpty()
                            || description != null
                            || !tags.isEmpty()
                            || voice != null
                            || voiceClip != null
                            || extractVoice
                            || generateViews
                            || callbackUrl != null
                            || idempotencyKey != null,
                    Option.of(timeout));
            return;
        }
        if (name == null) {
            throw CliFailure.usage("Missing required option: '--name=<name>' (or create many with --from FILE)");
        }
        if ((frontal == null) == (video == null)) {
            throw CliFailure.usage("give either --frontal (an image element) or --video (a video element)");
        }
        if (video != null && !extras.isEmpty()) {
            throw CliFailure.usage("--extra images belong to an image element; a video element has only --video");
        }
        int voices = (voice == null ? 0 : 1) + (voiceClip == null ? 0 : 1) + (extractVoice ? 1 : 0);
        if (voices > 1) {
            throw CliFailure.usage("give at most one of --voice, --voice-clip and --extract-voice");
        }
        ElementDraft.Builder builder = frontal != null
                ? ElementDraft.image(name, MediaArgument.parse("--frontal", frontal))
                : ElementDraft.video(name, MediaArgument.parse("--video", video));
        if (!extras.isEmpty()) {
            builder.extras(List.ofAll(extras)
                    .map(e -> MediaArgument.parse("--extra", e))
                    .toJavaArray(MediaSource[]::new));
        }
        if (description != null) {
            builder.description(description);
        }
        builder.tags(List.ofAll(tags).map(Arguments::tag));
        if (voice != null) {
            builder.voice(VoiceBinding.existing(voice));
        } else if (voiceClip != null) {
            builder.voice(VoiceBinding.fromClip(voiceClip));
        } else if (extractVoice) {
            builder.voice(VoiceBinding.extractFromVideo());
        }
        builder.generateViews(generateViews);
        if (callbackUrl != null) {
            builder.callbackUrl(callbackUrl);
        }
        if (idempotencyKey != null) {
            try {
                builder.idempotencyKey(IdempotencyKey.of(idempotencyKey));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--idempotency-key: " + e.getMessage());
            }
        }
        draft = builder.build();
    }

    @Override
    String action() {
        if (bulk != null) {
            return bulk.action();
        }
        return "create element \"" + name + "\"";
    }

    @Override
    CliFailure.Subject subject() {
        return CliFailure.Subject.CREATE;
    }

    /** The kind of element, the provider's rules, and an idempotency key it would ignore: all before any start. */
    @Override
    void checkLocally(ProviderMetadata provider) {
        if (bulk != null) {
            bulk.checkLocally(provider, bulk.anyCallbackUrl() && Session.loopbackCallbacksAllowed(root, provider));
            return;
        }
        CliFailure.Situation situation = CliFailure.Situation.of(provider, subject());
        Capability kind = video == null ? Capability.CREATE_IMAGE_ELEMENT : Capability.CREATE_VIDEO_ELEMENT;
        if (!provider.supports(kind)) {
            throw CliFailure.of(action(), situation, ElementsError.Unsupported.of(Credentials.label(provider), kind));
        }
        if (idempotencyKey != null && !provider.supports(Capability.IDEMPOTENT_CREATE)) {
            throw CliFailure.of(
                    ExitCode.UNSUPPORTED,
                    "Unsupported",
                    action() + " refused: "
                            + Credentials.label(provider)
                            + " does not deduplicate creates, so --idempotency-key would be"
                            + " silently ignored — drop --idempotency-key (`elements providers` shows which providers"
                            + " honour it)");
        }
        Elements.validate(
                        provider,
                        draft,
                        draft.callbackUrl().isDefined() && Session.loopbackCallbacksAllowed(root, provider))
                .getOrElseThrow(error -> CliFailure.of(action(), situation, error));
    }

    @Override
    Object run(Session session, Output output) {
        if (bulk != null) {
            return bulk.run(
                    session,
                    output,
                    root.context().interactive(),
                    root.context().effectiveClock());
        }
        String provider = session.provider().id();
        if (!await) {
            CreationTask task = orFail(session.elements().submit(draft), action(), session);
            output.lines(Views.taskText(task));
            printElements(task, output);
            if (!task.isTerminal()) {
                output.line(whatNext(session, task));
            }
            return Json.object().put("task", Views.task(task, provider));
        }
        session.progress().start("the new element");
        Awaited<CreationTask> awaited;
        Runnable unwatch = session.watchForInterrupt();
        try {
            awaited = orFail(
                    session.elements()
                            .createAndAwait(
                                    draft, AwaitOptions.DEFAULT.withTimeout(timeout == null ? DEFAULT_WAIT : timeout)),
                    action(),
                    session);
        } finally {
            unwatch.run();
            session.progress().stop();
        }
        CreationTask task = awaited.value();
        output.lines(Views.taskText(task));
        printElements(task, output);
        return Json.object()
                .put("task", Views.task(task, provider))
                .put("attempts", awaited.attempts())
                .put("elapsedMillis", awaited.elapsed().toMillis());
    }

    /** How to see the task finish: a command that works for this provider and outlives this one's sandbox. */
    private static String whatNext(Session session, CreationTask task) {
        ProviderMetadata provider = session.provider();
        String on = " --provider " + provider.id();
        if (session.oneShotSandbox()) {
            return "This command's offline sandbox stops now and forgets the task; to see one finish, create with"
                    + " --wait, or serve a lasting sandbox with `elements sandbox " + provider.id() + "`.";
        }
        if (provider.supports(Capability.TASK_QUERY)) {
            return "Wait for it with `elements await " + task.id() + on + "`.";
        }
        return provider.supports(Capability.LIST)
                ? session.label() + " reports no task progress; `elements list" + on + "` shows the element once"
                        + " it is ready."
                : session.label() + " reports no task progress.";
    }

    private static void printElements(CreationTask task, Output output) {
        Seq<Element> elements = task.elements();
        elements.forEach(element -> output.lines(Views.elementText(element)));
    }
}
