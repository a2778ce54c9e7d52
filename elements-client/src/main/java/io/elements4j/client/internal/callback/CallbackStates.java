package io.elements4j.client.internal.callback;

import io.elements4j.client.callback.TaskUpdates;
import io.elements4j.client.internal.waiter.Pushes;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The facade's record of callbacks ({@link TaskUpdates} says what it keeps): the facade publishes every callback it
 * accepts here, and its waits (sync and async) subscribe as their {@link Pushes}, so a callback ends a wait at once.
 * The states of at most {@link #DEFAULT_CAPACITY} tasks nobody waits for are kept, and at most about
 * {@link #DEFAULT_MAX_BYTES} bytes of them: whatever callbacks carry, the record stays bounded.
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
    private final Map<CreationTaskId, Kept> latest;
    private final Map<CreationTaskId, CopyOnWriteArrayList<Runnable>> subscribers = new HashMap<>();
    private final Set<CreationTaskId> expected = new LinkedHashSet<>();

    /** An empty record keeping {@link #DEFAULT_CAPACITY} tasks and {@link #DEFAULT_MAX_BYTES} bytes. */
    public CallbackStates() {
        this(DEFAULT_CAPACITY, DEFAULT_MAX_BYTES);
    }

    /**
     * An empty record.
     *
     * @param capacity how many tasks' states to keep when nobody waits for them (at least 1)
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
        this.latest = new LinkedHashMap<>(16, 0.75f, false);
    }

    /**
     * Records what a callback said and tells whoever waits for the task.
     *
     * @param task the task as the callback described it
     * @return the task's state as now recorded: {@code task}, or the more advanced state already known
     */
    public CreationTask publish(CreationTask task) {
        Objects.requireNonNull(task, "task");
        List<Runnable> toTell;
        CreationTask now;
        synchronized (this) {
            Kept before = latest.remove(task.id());
            now = before == null || advances(before.task(), task) ? task : before.task();
            if (before != null) {
                bytes -= before.bytes();
            }
            Kept kept = now == task || before == null ? new Kept(now, bytesOf(now)) : before;
            latest.put(task.id(), kept);
            bytes += kept.bytes();
            forgetOldest();
            toTell = now == task
                    ? new ArrayList<>(subscribers.getOrDefault(task.id(), new CopyOnWriteArrayList<>()))
                    : List.of();
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
        expected.add(Objects.requireNonNull(id, "id"));
        if (expected.size() > capacity) {
            expected.remove(expected.iterator().next());
        }
    }

    @Override
    public synchronized boolean expects(CreationTaskId id) {
        return expected.contains(id);
    }

    @Override
    public synchronized Option<CreationTask> latest(CreationTaskId key) {
        return Option.of(latest.get(key)).map(Kept::task);
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
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(onPush, "onPush");
        synchronized (this) {
            subscribers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(onPush);
        }
        return () -> {
            synchronized (this) {
                CopyOnWriteArrayList<Runnable> list = subscribers.get(key);
                if (list != null) {
                    list.remove(onPush);
                    if (list.isEmpty()) {
                        subscribers.remove(key);
                    }
                }
            }
        };
    }

    @Override
    public synchronized int listening() {
        return subscribers.values().stream().mapToInt(List::size).sum();
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

    /** Forgets the oldest states beyond the capacity or the bytes, keeping those someone waits for. */
    private void forgetOldest() {
        var it = latest.entrySet().iterator();
        while ((latest.size() > capacity || bytes > maxBytes) && it.hasNext()) {
            Map.Entry<CreationTaskId, Kept> oldest = it.next();
            if (!subscribers.containsKey(oldest.getKey())) {
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
}
