package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkListener;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.BulkProgress;
import io.elements4j.client.bulk.CreationJournal;
import io.elements4j.client.bulk.FileCreationJournal;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code elements create --from FILE|DIR}: many drafts, one JSON object a line, created through
 * {@link io.elements4j.client.Elements#createAll} at the vendor's pace, with a progress bar on a terminal, a journal
 * to resume from, and one result a draft. The format is in elements-cli/README.md.
 */
final class BulkCreate {

    /** The manifest a directory of drafts holds. */
    static final String MANIFEST = "manifest.jsonl";

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Set<String> FIELDS = Set.of(
            "name",
            "frontal",
            "extras",
            "video",
            "description",
            "tags",
            "voice",
            "voiceClip",
            "extractVoice",
            "generateViews",
            "callbackUrl",
            "key");

    /** The options of a bulk create, part of {@code create}. */
    static final class Options {
        Path from;
        Integer concurrency;
        Path journal;
        boolean resume;

        /** {@code model} with these options. */
        CommandModel addTo(CommandModel model) {
            return model.option(Arg.of(Path.class, file -> from = file)
                            .names("--from")
                            .label("FILE|DIR")
                            .description("create every draft of FILE (JSON Lines, one draft a line) or of DIR/"
                                    + MANIFEST
                                    + " (media paths relative to DIR), waiting for each; see elements-cli/README.md"))
                    .option(Arg.of(Integer.class, n -> concurrency = n)
                            .names("--concurrency")
                            .label("N")
                            .description("with --from: the most drafts in flight at once (default 16); below it the"
                                    + " run finds the vendor's limit itself"))
                    .option(Arg.of(Path.class, file -> journal = file)
                            .names("--journal")
                            .label("FILE")
                            .description("with --from: write every step to FILE, so a run that was stopped can be"
                                    + " resumed"))
                    .option(Arg.flag(given -> resume = given)
                            .names("--resume")
                            .description("with --from and --journal: continue the run FILE records; no draft is sent"
                                    + " twice where the vendor can be asked"));
        }
    }

    /** One draft of the file, with the line it came from. */
    record Line(int number, ElementDraft draft) {}

    private final Options options;
    private final Seq<Line> lines;
    private final Option<Duration> timeout;

    private BulkCreate(Options options, Seq<Line> lines, Option<Duration> timeout) {
        this.options = options;
        this.lines = lines;
        this.timeout = timeout;
    }

    /** Refuses the bulk options given without {@code --from}. */
    static void refuseWithoutFrom(Options options) {
        if (options.from == null && (options.concurrency != null || options.journal != null || options.resume)) {
            throw CliFailure.usage("--concurrency, --journal and --resume go with --from FILE|DIR");
        }
    }

    /** Reads and checks the drafts and the options, before anything starts. */
    static BulkCreate prepare(Options options, boolean singleDraftOptions, Option<Duration> timeout) {
        if (singleDraftOptions) {
            throw CliFailure.usage("--from reads every draft from its file: give the drafts' names, media and"
                    + " options there, not as --name, --frontal, ... (see elements-cli/README.md)");
        }
        if (options.concurrency != null && (options.concurrency < 1 || options.concurrency > 1000)) {
            throw CliFailure.usage("--concurrency must be between 1 and 1000: " + options.concurrency);
        }
        if (options.resume && options.journal == null) {
            throw CliFailure.usage("--resume continues the run a journal records: give it with --journal FILE");
        }
        if (options.journal != null && !options.resume && nonEmpty(options.journal)) {
            throw CliFailure.usage("the journal " + options.journal + " already records a run: add --resume to"
                    + " continue it, or give a new --journal FILE to start afresh");
        }
        Path file = Files.isDirectory(options.from) ? options.from.resolve(MANIFEST) : options.from;
        Path base = Files.isDirectory(options.from) ? options.from : Path.of("");
        if (!Files.isRegularFile(file)) {
            throw CliFailure.usage("--from " + options.from + ": "
                    + (Files.isDirectory(options.from) ? "the directory has no " + MANIFEST : "no such file"));
        }
        java.util.List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliFailure.usage("--from " + file + ": cannot read it (" + e.getMessage() + ")");
        }
        java.util.List<Line> read = new ArrayList<>();
        Map<IdempotencyKey, Integer> keys = new LinkedHashMap<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            ElementDraft draft = draft(file, number, line, base);
            Integer earlier = keys.put(draft.idempotencyKey(), number);
            if (earlier != null) {
                throw CliFailure.usage(file + " line " + number + ": the same draft as line " + earlier + " (key "
                        + draft.idempotencyKey() + "); give each its own \"key\"");
            }
            read.add(new Line(number, draft));
        }
        if (read.isEmpty()) {
            throw CliFailure.usage("--from " + file + ": no drafts in it");
        }
        return new BulkCreate(options, List.ofAll(read), timeout);
    }

    /** What the command does, for messages. */
    String action() {
        return "create the " + lines.size() + " drafts of " + options.from;
    }

    /** Whether any draft of the file has a callback URL. */
    boolean anyCallbackUrl() {
        return lines.exists(line -> line.draft().callbackUrl().isDefined());
    }

    /**
     * The kinds of element and the provider's rules, for every draft, before anything starts.
     *
     * @param loopbackCallbacksAllowed whether a callback URL on this machine is allowed (a sandbox's)
     */
    void checkLocally(ProviderMetadata provider, boolean loopbackCallbacksAllowed) {
        java.util.List<String> problems = new ArrayList<>();
        java.util.List<RuleViolation> all = new ArrayList<>();
        for (Line line : lines) {
            ElementDraft draft = line.draft();
            Capability kind = draft.references() instanceof References.VideoReference
                    ? Capability.CREATE_VIDEO_ELEMENT
                    : Capability.CREATE_IMAGE_ELEMENT;
            if (!provider.supports(kind)) {
                throw CliFailure.of(
                        action(),
                        CliFailure.Situation.of(provider, CliFailure.Subject.CREATE),
                        ElementsError.Unsupported.of(Credentials.label(provider), kind));
            }
            Either<ElementsError, ElementDraft> checked = Elements.validate(provider, draft, loopbackCallbacksAllowed);
            if (checked.isLeft() && !(checked.getLeft() instanceof ElementsError.InvalidRequest)) {
                throw CliFailure.of(
                        action(), CliFailure.Situation.of(provider, CliFailure.Subject.CREATE), checked.getLeft());
            }
            Seq<RuleViolation> broken =
                    checked.isLeft() ? ((ElementsError.InvalidRequest) checked.getLeft()).violations() : List.empty();
            if (!broken.isEmpty()) {
                problems.add("line " + line.number());
                broken.forEach(v -> all.add(new RuleViolation(
                        "line " + line.number() + " (" + draft.name() + "): " + v.field(), v.code(), v.message())));
            }
        }
        if (!all.isEmpty()) {
            throw CliFailure.violations(
                    action() + " refused: " + problems.size() + " of them break rules of "
                            + Credentials.label(provider) + " (" + String.join(", ", problems)
                            + "); fix every one listed"
                            + " below and run again — nothing was sent",
                    List.ofAll(all));
        }
    }

    /** Creates every draft and reports each; a run with drafts not created ends with their failure's exit code. */
    Object run(Session session, Output output, boolean interactive, Clock clock) {
        String provider = session.provider().id();
        int max = options.concurrency == null ? 16 : options.concurrency;
        BulkOptions bulk = BulkOptions.defaults()
                .withConcurrency(Math.min(4, max), max)
                .withListener(new Bar(output, interactive, clock));
        if (timeout.isDefined()) { // else the provider's poll-delay and await-timeout, as configured
            bulk = bulk.withAwait(AwaitOptions.DEFAULT.withTimeout(timeout.get()));
        }
        Option<FileCreationJournal> journal = Option.none();
        if (options.journal != null) {
            try {
                journal = Option.some(FileCreationJournal.open(options.journal));
            } catch (RuntimeException e) {
                throw CliFailure.of(
                        ExitCode.UNEXPECTED,
                        "JournalFailure",
                        "cannot open the journal " + options.journal + ": " + e.getMessage());
            }
            if (options.resume) {
                output.note("resuming the run " + options.journal + " records: "
                        + journal.get().replay().size() + " of the drafts were sent before");
            }
            bulk = bulk.withJournal(journal.get());
        }
        Seq<Either<ElementsError, Awaited<CreationTask>>> results;
        try {
            results = session.elements().createAll(lines.map(Line::draft), bulk);
        } catch (RuntimeException e) {
            throw CliFailure.of(
                    ExitCode.UNEXPECTED,
                    "JournalFailure",
                    "the run stopped: " + e.getMessage()
                            + (options.journal == null
                                    ? ""
                                    : "; resume it with --journal " + options.journal + " --resume"));
        } finally {
            output.endProgress();
            journal.forEach(CreationJournal::close);
        }
        int created = 0;
        int ambiguous = 0;
        Option<ElementsError> firstFailure = Option.none();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Either<ElementsError, Awaited<CreationTask>> result = results.get(i);
            Json.Obj json = Json.object()
                    .put("line", line.number())
                    .put("name", line.draft().name())
                    .put("key", line.draft().idempotencyKey().value())
                    .put("ok", result.isRight());
            if (result.isRight()) {
                created++;
                CreationTask task = result.get().value();
                json.put("task", Views.task(task, provider));
                output.line(
                        "created  line " + line.number() + "  " + line.draft().name() + "  task " + task.id()
                                + (task.elementIds().isEmpty()
                                        ? ""
                                        : "  elements " + task.elementIds().mkString(", ")));
            } else {
                ElementsError error = result.getLeft();
                if (error instanceof ElementsError.CreationUnknown) {
                    ambiguous++;
                }
                firstFailure = firstFailure.orElse(Option.some(error));
                json.put(
                        "error",
                        Json.object()
                                .put("type", error.getClass().getSimpleName())
                                .put("message", error.message()));
                output.line("FAILED   line " + line.number() + "  "
                        + line.draft().name() + "  " + error.getClass().getSimpleName() + ": " + error.message());
            }
            output.jsonLine(json);
        }
        int failed = lines.size() - created;
        String summary = lines.size() + " drafts: " + created + " created, " + failed + " not"
                + (ambiguous > 0
                        ? " (" + ambiguous + " with an unknown outcome: look in the account before sending"
                                + " them again)"
                        : "");
        if (failed > 0) {
            throw CliFailure.of(
                    ExitCode.of(firstFailure.get()),
                    "BulkIncomplete",
                    summary + (options.journal == null ? "" : "; the journal " + options.journal + " records the run"));
        }
        output.line(summary);
        return Json.object()
                .put("total", lines.size())
                .put("created", created)
                .put("failed", failed)
                .put("ambiguous", ambiguous)
                .put("journal", Option.of(options.journal).map(Path::toString));
    }

    /** Progress on stderr: a bar rewritten in place on a terminal, else a plain line at every tenth of the run. */
    static final class Bar implements BulkListener {
        private static final int WIDTH = 24;
        private final Output output;
        private final boolean interactive;
        private final Clock clock;
        private final Instant start;
        private int lastTenth = -1;

        Bar(Output output, boolean interactive, Clock clock) {
            this.output = output;
            this.interactive = interactive;
            this.clock = clock;
            this.start = clock.instant();
        }

        @Override
        public void progress(BulkProgress p) {
            int done = p.finished() + p.failed();
            String counts = done + "/" + p.total() + " done · " + p.failed() + " failed · " + p.inFlight()
                    + " in flight (limit " + p.concurrency() + ") · " + p.rateLimited() + " rate-limited · "
                    + Progress.human(Duration.between(start, clock.instant()));
            if (interactive) {
                int filled = p.total() == 0 ? WIDTH : done * WIDTH / p.total();
                output.progress("[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + counts);
                return;
            }
            int tenth = p.total() == 0 ? 10 : done * 10 / p.total();
            if (tenth != lastTenth) {
                lastTenth = tenth;
                output.note("progress: " + counts);
            }
        }
    }

    // ---- one line of the file ----------------------------------------------------------------------------------

    private static ElementDraft draft(Path file, int number, String text, Path base) {
        String where = file + " line " + number;
        Map<String, Object> fields;
        try {
            fields = new LineParser(text).object();
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(where + ": not a JSON object (" + e.getMessage() + ")");
        }
        for (String field : fields.keySet()) {
            if (!FIELDS.contains(field)) {
                throw CliFailure.usage(
                        where + ": unknown field \"" + field + "\"; the fields are " + new TreeSet<>(FIELDS));
            }
        }
        String name = text(fields, "name", where)
                .getOrElseThrow(() -> CliFailure.usage(where + ": \"name\" is" + " required"));
        Option<String> frontal = text(fields, "frontal", where);
        Option<String> video = text(fields, "video", where);
        if (frontal.isDefined() == video.isDefined()) {
            throw CliFailure.usage(where + ": give either \"frontal\" (an image element) or \"video\"");
        }
        java.util.List<String> extras = texts(fields, "extras", where);
        if (video.isDefined() && !extras.isEmpty()) {
            throw CliFailure.usage(
                    where + ": \"extras\" belong to an image element; a video element has only" + " \"video\"");
        }
        ElementDraft.Builder builder = frontal.isDefined()
                ? ElementDraft.image(name, media(where + " frontal", frontal.get(), base))
                : ElementDraft.video(name, media(where + " video", video.get(), base));
        if (!extras.isEmpty()) {
            builder.extras(List.ofAll(extras)
                    .map(e -> media(where + " extras", e, base))
                    .toJavaArray(MediaSource[]::new));
        }
        text(fields, "description", where).forEach(builder::description);
        try {
            builder.tags(List.ofAll(texts(fields, "tags", where)).map(Arguments::tag));
        } catch (CliFailure e) {
            throw CliFailure.usage(where + ": " + e.getMessage());
        }
        Option<String> voice = text(fields, "voice", where);
        Option<String> clip = text(fields, "voiceClip", where);
        boolean extract = flag(fields, "extractVoice", where);
        if ((voice.isDefined() ? 1 : 0) + (clip.isDefined() ? 1 : 0) + (extract ? 1 : 0) > 1) {
            throw CliFailure.usage(where + ": give at most one of \"voice\", \"voiceClip\" and \"extractVoice\"");
        }
        voice.forEach(v -> builder.voice(VoiceBinding.existing(v)));
        clip.forEach(c -> builder.voice(VoiceBinding.fromClip(c)));
        if (extract) {
            builder.voice(VoiceBinding.extractFromVideo());
        }
        builder.generateViews(flag(fields, "generateViews", where));
        text(fields, "callbackUrl", where).forEach(builder::callbackUrl);
        String key = text(fields, "key", where).getOrElse(() -> "draft-" + digest(text));
        try {
            builder.idempotencyKey(IdempotencyKey.of(key));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(where + ": \"key\": " + e.getMessage());
        }
        return builder.build();
    }

    private static MediaSource media(String what, String value, Path base) {
        return MediaArgument.parse(
                what, URL.matcher(value).matches() ? value : base.resolve(value).toString());
    }

    private static Option<String> text(Map<String, Object> fields, String name, String where) {
        Object value = fields.get(name);
        if (value == null) {
            return Option.none();
        }
        if (!(value instanceof String s)) {
            throw CliFailure.usage(where + ": \"" + name + "\" must be a string");
        }
        return Option.some(s);
    }

    private static java.util.List<String> texts(Map<String, Object> fields, String name, String where) {
        Object value = fields.get(name);
        if (value == null) {
            return java.util.List.of();
        }
        if (!(value instanceof java.util.List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw CliFailure.usage(where + ": \"" + name + "\" must be an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static boolean flag(Map<String, Object> fields, String name, String where) {
        Object value = fields.get(name);
        if (value != null && !(value instanceof Boolean)) {
            throw CliFailure.usage(where + ": \"" + name + "\" must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    /** A key that is the same on every run for the same line: the first 16 hex digits of its SHA-256. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Reads one JSON object whose values are strings, booleans, null, numbers (as text) or arrays of those. */
    static final class LineParser {
        private final String s;
        private int i;

        LineParser(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            Map<String, Object> fields = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                i++;
            } else {
                do {
                    String name = string();
                    expect(':');
                    Object value = value();
                    if (value != null) {
                        fields.put(name, value);
                    }
                } while (comma('}'));
            }
            skip();
            if (i != s.length()) {
                throw new IllegalArgumentException("text after the object at column " + (i + 1));
            }
            return fields;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '[') {
                i++;
                java.util.List<Object> items = new ArrayList<>();
                if (peek() == ']') {
                    i++;
                    return items;
                }
                do {
                    items.add(value());
                } while (comma(']'));
                return items;
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && "+-.0123456789eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' at column " + (i + 1));
            }
            return s.substring(start, i);
        }

        private boolean comma(char close) {
            char c = peek();
            i++;
            if (c == ',') {
                return true;
            }
            if (c == close) {
                return false;
            }
            throw new IllegalArgumentException("expected ',' or '" + close + "' at column " + i);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (i >= s.length()) {
                    break;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new IllegalArgumentException("a cut \\u escape");
                        }
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
            throw new IllegalArgumentException("a string without its closing quote");
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at column " + (i + 1));
            }
            i++;
        }

        private char peek() {
            skip();
            if (i >= s.length()) {
                throw new IllegalArgumentException("the line ends too soon");
            }
            return s.charAt(i);
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
