package io.elements4j.client.internal.callback;

import io.elements4j.client.callback.TaskUpdates;
import io.elements4j.client.internal.waiter.Pushes;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The facade's record of callbacks ({@link TaskUpdates} says what it keeps): the facade publishes every callback it
 * accepts here, and its waits (sync and async) subscribe as their {@link Pushes} — by task, or by draft for a create
 * whose answer was lost ({@link #byDraft()}) — so a callback ends a wait at once. The states of at most
 * {@link #DEFAULT_CAPACITY} tasks nobody waits for are kept, and at most about {@link #DEFAULT_MAX_BYTES} bytes of
 * them; as many drafts' tasks are remembered: whatever callbacks carry, the record stays bounded.
 */
public final class CallbackStates implements TaskUpdates, Pushes<CreationTaskId, CreationTask> {

    /** How many tasks' states are kept when nobody waits for them. */
    public static final int DEFAULT_CAPACITY = 10_000;
    /** About how many bytes of task states are kept when nobody waits for them: 8 MiB. */
    public static final long DEFAULT_MAX_BYTES = 8L << 20;
    /** What one kept state costs besides its text, about. */
    private static final int ENTRY_OVERHEAD_BYTES = 200;

    /** A kept state and what it costs, about. */
    private record Kept(CreationTask task, long bytes) {}

    private final int capacity;
    private final long maxBytes;
    private long bytes;
    private final Map<CreationTaskId, Kept> latest = new LinkedHashMap<>();
    private final Map<IdempotencyKey, CreationTaskId> drafts = new LinkedHashMap<>();
    private final Subscribers<CreationTaskId> subscribers = new Subscribers<>();
    private final Subscribers<IdempotencyKey> draftSubscribers = new Subscribers<>();
    private final Set<CreationTaskId> expected = new LinkedHashSet<>();
    private final Set<IdempotencyKey> expectedDrafts = new LinkedHashSet<>();
    private final Pushes<IdempotencyKey, CreationTask> byDraft = new ByDraft();

    /** An empty record keeping {@link #DEFAULT_CAPACITY} tasks and {@link #DEFAULT_MAX_BYTES} bytes. */
    public CallbackStates() {
        this(DEFAULT_CAPACITY, DEFAULT_MAX_BYTES);
    }

    /**
     * An empty record.
     *
     * @param capacity how many tasks' states (and drafts' tasks) to keep when nobody waits for them (at least 1)
     * @param maxBytes about how many bytes of states to keep when nobody waits for them (at least 1)
     */
    public CallbackStates(int capacity, long maxBytes) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
    }

    /**
     * Records what a callback said and tells whoever waits for the task, or for the draft it names.
     *
     * @param task the task as the callback described it, with the draft's key when the callback named its draft
     * @return the task's state as now recorded: {@code task}, or the more advanced state already known (with the
     *         draft's key either carried)
     */
    public CreationTask publish(CreationTask task) {
        Objects.requireNonNull(task, "task");
        List<Runnable> toTell = new ArrayList<>();
        CreationTask now;
        synchronized (this) {
            Kept before = latest.remove(task.id());
            boolean moved = before == null || advances(before.task(), task);
            now = moved ? task : before.task();
            Option<IdempotencyKey> key = task.idempotencyKey()
                    .orElse(() -> before == null ? Option.none() : before.task().idempotencyKey());
            if (now.idempotencyKey().isEmpty() && key.isDefined()) {
                now = now.withIdempotencyKey(key.get());
            }
            if (before != null) {
                bytes -= before.bytes();
            }
            Kept kept = now == (before == null ? null : before.task()) ? before : new Kept(now, bytesOf(now));
            latest.put(task.id(), kept);
            bytes += kept.bytes();
            key.forEach(draft -> remember(draft, task.id()));
            forgetOldest();
            if (moved) {
                toTell.addAll(subscribers.of(task.id()));
            }
            key.forEach(draft -> toTell.addAll(draftSubscribers.of(draft)));
        }
        toTell.forEach(Runnable::run);
        return now;
    }

    /**
     * Notes that a task was created with a callback URL, so its waits poll only as a safety net.
     *
     * @param id the task
     */
    public synchronized void expect(CreationTaskId id) {
        bounded(expected, Objects.requireNonNull(id, "id"));
    }

    @Override
    public synchronized boolean expects(CreationTaskId id) {
        return expected.contains(id);
    }

    /**
     * Notes that a draft was sent with a callback URL naming it and the answer was lost: its callback will say
     * which task it made, so a wait for the draft's key waits for that callback.
     *
     * @param draft the draft's key
     */
    public synchronized void expectDraft(IdempotencyKey draft) {
        bounded(expectedDrafts, Objects.requireNonNull(draft, "draft"));
    }

    /**
     * Whether a draft's callback is awaited here: it was sent with a callback URL naming it and its answer was lost,
     * or a callback already named it.
     *
     * @param draft the draft's key
     * @return true when a wait by the key should wait for the draft's callback
     */
    public synchronized boolean expectsDraft(IdempotencyKey draft) {
        return expectedDrafts.contains(draft) || drafts.containsKey(draft);
    }

    /**
     * The task a callback named for a draft.
     *
     * @param draft the draft's key
     * @return the task, or none when no callback named the draft (or it was forgotten)
     */
    public synchronized Option<CreationTaskId> taskOf(IdempotencyKey draft) {
        return Option.of(drafts.get(draft));
    }

    /**
     * The states by draft: the latest state of the task a callback named for the draft, and a push whenever a
     * callback names it — what a wait for a create whose answer was lost listens to.
     *
     * @return the view
     */
    public Pushes<IdempotencyKey, CreationTask> byDraft() {
        return byDraft;
    }

    @Override
    public synchronized Option<CreationTask> latest(CreationTaskId key) {
        return Option.of(latest.get(key)).map(Kept::task);
    }

    @Override
    public synchronized Option<CreationTask> forDraft(IdempotencyKey draft) {
        return taskOf(draft).flatMap(this::latest);
    }

    /**
     * How many bytes the kept states take, about.
     *
     * @return the estimate the bound is held to
     */
    public synchronized long bytesKept() {
        return bytes;
    }

    @Override
    public Subscription subscribe(CreationTaskId key, Runnable onPush) {
        return subscribers.add(key, onPush);
    }

    @Override
    public synchronized int listening() {
        return subscribers.count() + draftSubscribers.count();
    }

    /** Whether {@code next} moves the task on from {@code before}: states only go forward. */
    static boolean advances(CreationTask before, CreationTask next) {
        if (before.state().isTerminal()) {
            return before.state() == TaskState.SUCCEEDED
                    && next.state() == TaskState.SUCCEEDED
                    && before.elementIds().isEmpty()
                    && !next.elementIds().isEmpty();
        }
        return rank(next.state()) >= rank(before.state());
    }

    private static int rank(TaskState state) {
        return switch (state) {
            case SUBMITTED -> 0;
            case QUEUED -> 1;
            case PROCESSING -> 2;
            case SUCCEEDED, FAILED, CANCELLED -> 3;
        };
    }

    /** A draft's task, most recent last; the oldest nobody waits for forgotten beyond the capacity. */
    private void remember(IdempotencyKey draft, CreationTaskId task) {
        drafts.remove(draft);
        drafts.put(draft, task);
        Iterator<IdempotencyKey> it = drafts.keySet().iterator();
        while (drafts.size() > capacity && it.hasNext()) {
            if (!draftSubscribers.has(it.next())) {
                it.remove();
            }
        }
    }

    private <T> void bounded(Set<T> set, T value) {
        set.remove(value);
        set.add(value);
        if (set.size() > capacity) {
            set.remove(set.iterator().next());
        }
    }

    /** Forgets the oldest states beyond the capacity or the bytes, keeping those someone waits for. */
    private void forgetOldest() {
        Iterator<Map.Entry<CreationTaskId, Kept>> it = latest.entrySet().iterator();
        while ((latest.size() > capacity || bytes > maxBytes) && it.hasNext()) {
            Map.Entry<CreationTaskId, Kept> oldest = it.next();
            boolean awaited = subscribers.has(oldest.getKey())
                    || oldest.getValue().task().idempotencyKey().exists(draftSubscribers::has);
            if (!awaited) {
                bytes -= oldest.getValue().bytes();
                it.remove();
            }
        }
    }

    /** What a state costs to keep, about: two bytes a character of its text, and a fixed overhead. */
    static long bytesOf(CreationTask task) {
        long chars = task.id().value().length()
                + task.failureReason().map(String::length).getOrElse(0)
                + task.failureCode().map(String::length).getOrElse(0)
                + task.idempotencyKey().map(k -> k.value().length()).getOrElse(0)
                + task.elementIds().map(id -> id.value().length() + 16).sum().longValue()
                + task.elements()
                        .map(element -> String.valueOf(element).length())
                        .sum()
                        .longValue();
        return ENTRY_OVERHEAD_BYTES + 2 * chars;
    }

    @Override
    public synchronized String toString() {
        return "TaskUpdates[" + latest.size() + " tasks, " + listening() + " listening]";
    }

    /** Who listens for which key; guarded by the record's lock. */
    private final class Subscribers<K> {
        private final Map<K, CopyOnWriteArrayList<Runnable>> byKey = new HashMap<>();

        Subscription add(K key, Runnable onPush) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(onPush, "onPush");
            synchronized (CallbackStates.this) {
                byKey.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(onPush);
            }
            return () -> {
                synchronized (CallbackStates.this) {
                    CopyOnWriteArrayList<Runnable> list = byKey.get(key);
                    if (list != null) {
                        list.remove(onPush);
                        if (list.isEmpty()) {
                            byKey.remove(key);
                        }
                    }
                }
            };
        }

        List<Runnable> of(K key) {
            return byKey.getOrDefault(key, new CopyOnWriteArrayList<>());
        }

        boolean has(K key) {
            return byKey.containsKey(key);
        }

        int count() {
            return byKey.values().stream().mapToInt(List::size).sum();
        }
    }

    /** The states by draft, as the waits for a draft's callback read them. */
    private final class ByDraft implements Pushes<IdempotencyKey, CreationTask> {

        @Override
        public Option<CreationTask> latest(IdempotencyKey key) {
            return forDraft(key);
        }

        @Override
        public Subscription subscribe(IdempotencyKey key, Runnable onPush) {
            return draftSubscribers.add(key, onPush);
        }
    }
}
