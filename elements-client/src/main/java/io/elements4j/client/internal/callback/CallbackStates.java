package io.elements4j.client.internal.callback;

import io.elements4j.client.callback.TaskUpdates;
import io.elements4j.client.internal.waiter.Pushes;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The facade's record of callbacks ({@link TaskUpdates} says what it keeps): the facade publishes every callback it
 * accepts here, and its waits (sync and async) subscribe as their {@link Pushes}, so a callback ends a wait at once.
 * The states of at most {@link #DEFAULT_CAPACITY} tasks nobody waits for are kept.
 */
public final class CallbackStates implements TaskUpdates, Pushes<CreationTaskId, CreationTask> {

    /** How many tasks' states are kept when nobody waits for them. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Map<CreationTaskId, CreationTask> latest;
    private final Map<CreationTaskId, CopyOnWriteArrayList<Runnable>> subscribers = new HashMap<>();
    private final Set<CreationTaskId> expected = new LinkedHashSet<>();

    /** An empty record keeping {@link #DEFAULT_CAPACITY} tasks. */
    public CallbackStates() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * An empty record.
     *
     * @param capacity how many tasks' states to keep when nobody waits for them (at least 1)
     */
    public CallbackStates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
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
            CreationTask before = latest.get(task.id());
            now = before == null || advances(before, task) ? task : before;
            latest.remove(task.id());
            latest.put(task.id(), now);
            forgetOldest();
            toTell = now == task ? new ArrayList<>(subscribers.getOrDefault(task.id(), new CopyOnWriteArrayList<>()))
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
        return Option.of(latest.get(key));
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
            return before.state() == TaskState.SUCCEEDED && next.state() == TaskState.SUCCEEDED
                    && before.elementIds().isEmpty() && !next.elementIds().isEmpty();
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

    /** Forgets the oldest states beyond the capacity, keeping those someone waits for. */
    private void forgetOldest() {
        if (latest.size() <= capacity) {
            return;
        }
        var it = latest.keySet().iterator();
        while (latest.size() > capacity && it.hasNext()) {
            CreationTaskId oldest = it.next();
            if (!subscribers.containsKey(oldest)) {
                it.remove();
            }
        }
    }

    @Override
    public synchronized String toString() {
        return "TaskUpdates[" + latest.size() + " tasks, " + listening() + " listening]";
    }
}
