package io.elements4j.benchmarks.waiting;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A vendor in process whose creation tasks finish at set times on a (virtual) clock. It answers status polls only,
 * and counts them per task, notes when each task was first seen finished, and which threads polled.
 */
final class TimedTasks implements VendorClient {

    /** Called on the polling thread at the first poll at or after its instant; for measuring mid-wait. */
    interface Probe {
        void at(TimedTasks tasks);
    }

    private final Clock clock;
    private final Instant start;
    private final Map<String, Integer> index;
    private final long[] doneAtNanos;
    private final int[] polls;
    private final long[] noticedAtNanos;
    private final Set<Thread> pollingThreads = Collections.newSetFromMap(new IdentityHashMap<>());
    private long totalPolls;
    private Option<Instant> probeAt = Option.none();
    private Probe probe;

    /**
     * @param ids  the tasks, pending from {@code start}
     * @param doneAtNanos when each finishes, in nanoseconds from {@code start}; kept, not copied
     */
    TimedTasks(Clock clock, Instant start, Seq<CreationTaskId> ids, long[] doneAtNanos) {
        if (ids.size() != doneAtNanos.length) {
            throw new IllegalArgumentException("one finishing time per task");
        }
        this.clock = clock;
        this.start = start;
        this.index = new HashMap<>(ids.size() * 2);
        int i = 0;
        for (CreationTaskId id : ids) {
            index.put(id.value(), i++);
        }
        this.doneAtNanos = doneAtNanos;
        this.polls = new int[ids.size()];
        this.noticedAtNanos = new long[ids.size()];
        Arrays.fill(noticedAtNanos, -1);
    }

    void probeAt(Instant when, Probe action) {
        this.probeAt = Option.some(when);
        this.probe = action;
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        Integer i = index.get(id.value());
        if (i == null) {
            return Either.left(new ElementsError.NotFound("no task " + id, Option.none(), Option.none()));
        }
        pollingThreads.add(Thread.currentThread());
        totalPolls++;
        polls[i]++;
        Instant now = clock.instant();
        if (probeAt.isDefined() && !now.isBefore(probeAt.get())) {
            probeAt = Option.none();
            probe.at(this);
        }
        long nowNanos = Duration.between(start, now).toNanos();
        if (nowNanos >= doneAtNanos[i]) {
            if (noticedAtNanos[i] < 0) {
                noticedAtNanos[i] = nowNanos;
            }
            return Either.right(
                    CreationTask.of(id, TaskState.SUCCEEDED).withElementIds(List.of(ElementId.of("e-" + id.value()))));
        }
        return Either.right(CreationTask.of(id, TaskState.PROCESSING));
    }

    long totalPolls() {
        return totalPolls;
    }

    int polls(int task) {
        return polls[task];
    }

    /** Virtual nanoseconds from finishing to the poll that saw it; -1 when never seen. */
    long lateness(int task) {
        return noticedAtNanos[task] < 0 ? -1 : noticedAtNanos[task] - doneAtNanos[task];
    }

    long doneAt(int task) {
        return doneAtNanos[task];
    }

    int size() {
        return doneAtNanos.length;
    }

    int finishedBy(Instant when) {
        long nanos = Duration.between(start, when).toNanos();
        int n = 0;
        for (long done : doneAtNanos) {
            if (done <= nanos) {
                n++;
            }
        }
        return n;
    }

    int pollingThreadCount() {
        return pollingThreads.size();
    }

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return Either.left(ElementsError.Unsupported.of(
                "timed tasks (this fake only answers task lookups)", Capability.CREATE_IMAGE_ELEMENT));
    }
}
