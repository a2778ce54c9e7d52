package io.elements4j.client.bulk;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link CreationJournal} in one append-only text file, one event a line, each line forced to the disk
 * ({@link FileChannel#force}) before the write returns. Fields are separated by spaces and percent-encoded, so a
 * name or message can hold any character:
 *
 * <pre>
 * I &lt;epoch-millis&gt; &lt;key&gt; &lt;name&gt;          intent: about to send
 * C &lt;key&gt; &lt;task-id&gt;                        created: the vendor accepted it
 * R &lt;key&gt;                                  refused: nothing was made, may be sent again
 * S &lt;key&gt; &lt;task-id&gt; &lt;element-id,...&gt;       succeeded
 * F &lt;key&gt; &lt;task-id&gt; &lt;message&gt;              failed
 * </pre>
 *
 * <p>A process killed in the middle of a write leaves a torn last line (no line end): opening the file again drops
 * it, as if that event had not been written. A damaged line anywhere else is refused with an
 * {@link IllegalStateException}, since the journal can no longer be trusted. Thread-safe; one process per file.
 */
public final class FileCreationJournal implements CreationJournal {

    private final Path file;
    private final FileChannel channel;
    private Map<IdempotencyKey, Entry> entries;

    private FileCreationJournal(Path file, FileChannel channel, Map<IdempotencyKey, Entry> entries) {
        this.file = file;
        this.channel = channel;
        this.entries = entries;
    }

    /**
     * Opens the journal at {@code file}, creating it when missing, and reads what it holds.
     *
     * @param file where the journal lives
     * @return the open journal
     * @throws UncheckedIOException when the file cannot be read or written
     * @throws IllegalStateException when a line other than a torn last one is damaged
     */
    public static FileCreationJournal open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
            Map<IdempotencyKey, Entry> read = LinkedHashMap.empty();
            int number = 0;
            for (String line : text.split("\n", -1)) {
                number++;
                if (!line.isEmpty()) {
                    read = apply(read, line, file, number);
                }
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(end);
            channel.position(end);
            channel.force(true);
            return new FileCreationJournal(file, channel, read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the creation journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file this journal writes.
     *
     * @return its path
     */
    public Path file() {
        return file;
    }

    @Override
    public void intent(IdempotencyKey key, String name, Instant at) {
        append("I " + at.toEpochMilli() + " " + enc(key.value()) + " " + enc(name));
    }

    @Override
    public void created(IdempotencyKey key, CreationTask task) {
        append("C " + enc(key.value()) + " " + enc(task.id().value()));
    }

    @Override
    public void refused(IdempotencyKey key) {
        append("R " + enc(key.value()));
    }

    @Override
    public void finished(IdempotencyKey key, Outcome outcome) {
        append(
                outcome.succeeded()
                        ? "S " + enc(key.value()) + " " + enc(outcome.taskId().value()) + " "
                                + enc(outcome.elementIds().map(ElementId::value).mkString(","))
                        : "F " + enc(key.value()) + " " + enc(outcome.taskId().value()) + " " + enc(outcome.message()));
    }

    @Override
    public synchronized Map<IdempotencyKey, Entry> replay() {
        return entries;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the creation journal " + file, e);
        }
    }

    private synchronized void append(String line) {
        try {
            Map<IdempotencyKey, Entry> next = apply(entries, line, file, -1);
            ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
            entries = next;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the creation journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The entries after one more event; a line that cannot be read is refused. */
    private static Map<IdempotencyKey, Entry> apply(
            Map<IdempotencyKey, Entry> entries, String line, Path file, int number) {
        String[] f = line.split(" ", -1);
        try {
            switch (f[0]) {
                case "I" -> {
                    need(f, 4);
                    IdempotencyKey key = IdempotencyKey.of(dec(f[2]));
                    return entries.put(
                            key,
                            new Entry(
                                    key,
                                    dec(f[3]),
                                    Instant.ofEpochMilli(Long.parseLong(f[1])),
                                    Option.none(),
                                    Option.none()));
                }
                case "C" -> {
                    need(f, 3);
                    Entry entry = known(entries, f[1]);
                    return entries.put(
                            entry.key(),
                            new Entry(
                                    entry.key(),
                                    entry.name(),
                                    entry.intentAt(),
                                    Option.some(CreationTaskId.of(dec(f[2]))),
                                    Option.none()));
                }
                case "R" -> {
                    need(f, 2);
                    return entries.remove(known(entries, f[1]).key());
                }
                case "S", "F" -> {
                    need(f, 4);
                    Entry entry = known(entries, f[1]);
                    String last = dec(f[3]);
                    Outcome outcome = f[0].equals("S")
                            ? new Outcome(
                                    true,
                                    CreationTaskId.of(dec(f[2])),
                                    last.isEmpty()
                                            ? List.empty()
                                            : List.of(last.split(",")).map(ElementId::of),
                                    "")
                            : new Outcome(false, CreationTaskId.of(dec(f[2])), List.empty(), last);
                    return entries.put(
                            entry.key(),
                            new Entry(
                                    entry.key(),
                                    entry.name(),
                                    entry.intentAt(),
                                    Option.some(outcome.taskId()),
                                    Option.some(outcome)));
                }
                default -> throw new IllegalArgumentException("unknown event '" + f[0] + "'");
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "the creation journal " + file
                            + (number > 0 ? " is damaged at line " + number : " was asked to write a bad event") + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static Entry known(Map<IdempotencyKey, Entry> entries, String key) {
        return entries.get(IdempotencyKey.of(dec(key)))
                .getOrElseThrow(() -> new IllegalArgumentException("no intent recorded for key " + dec(key)));
    }

    private static void need(String[] fields, int count) {
        if (fields.length != count) {
            throw new IllegalArgumentException("expected " + count + " fields, found " + fields.length);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
