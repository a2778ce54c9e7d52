package io.elements4j.benchmarks.waiting;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Waiting at scale, measured by a plain program rather than JMH: the figures are counts (polls, threads, bytes,
 * virtual seconds) of one deterministic run, not a rate, and JMH's repetition would only repeat them.
 *
 * <p>{@code Elements.awaitAll} waits for N pending creations on an in-process vendor ({@link TimedTasks}) whose tasks
 * finish at uniformly random instants over a virtual hour, on {@link VirtualTime} (clock and sleeper), with
 * {@link AwaitOptions#DEFAULT}'s backoff and a timeout long enough for the hour. It reports:
 * <ul>
 *   <li>status polls sent, against {@link MinimumPolls} summed over the tasks;</li>
 *   <li>threads: how many threads polled, the JVM's live and peak thread counts during the wait, threads started;</li>
 *   <li>heap per pending task: the GC-settled heap at a probe 10 virtual seconds in, less the GC-settled heap just
 *       before the wait (vendor state, ids and facade already built, classes already loaded by a warm-up wait),
 *       divided by the tasks still pending then (run it with {@code -XX:+UseSerialGC} for exact settling);</li>
 *   <li>how late each finish is noticed, in virtual seconds, against the same on the no-jitter schedule.</li>
 * </ul>
 */
public final class WaitingAtScale {

    /** What to run. */
    public record Settings(int tasks, Duration spread, long seed, AwaitOptions options, Duration probeAfter) {

        public static Settings of(int tasks, long seed) {
            return new Settings(
                    tasks,
                    Duration.ofHours(1),
                    seed,
                    AwaitOptions.DEFAULT.withTimeout(Duration.ofMinutes(90)),
                    Duration.ofSeconds(10));
        }
    }

    /** What one run measured. Durations are virtual; {@code wallNanos} is real. */
    public record Report(
            Settings settings,
            long polls,
            long minimumPolls,
            int succeeded,
            int notSucceeded,
            int pollingThreads,
            int liveThreadsBefore,
            int liveThreadsAtProbe,
            int peakThreads,
            long threadsStarted,
            long heapDeltaBytes,
            int pendingAtProbe,
            long allocatedBytes,
            long[] latenessNanos,
            long[] minimumLatenessNanos,
            long wallNanos) {

        public double pollRatio() {
            return (double) polls / minimumPolls;
        }

        public double heapBytesPerPendingTask() {
            return (double) heapDeltaBytes / pendingAtProbe;
        }

        public double allocatedBytesPerPoll() {
            return (double) allocatedBytes / polls;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private WaitingAtScale() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20260101L;
        // Loads and compiles the wait's classes, so the measured runs see none of that in their heap figures.
        run(Settings.of(50, seed + 1));
        Report thousand = run(Settings.of(1_000, seed));
        Report tenThousand = run(Settings.of(10_000, seed));
        System.out.print(markdown(thousand, tenThousand));
        System.out.print(properties("waiting.1000", thousand));
        System.out.print(properties("waiting.10000", tenThousand));
    }

    public static Report run(Settings settings) {
        VirtualTime time = VirtualTime.startingNow();
        Instant start = time.now();
        SplittableRandom random = new SplittableRandom(settings.seed());
        long spread = settings.spread().toNanos();
        long[] doneAt = new long[settings.tasks()];
        for (int i = 0; i < doneAt.length; i++) {
            doneAt[i] = random.nextLong(spread + 1);
        }
        Seq<CreationTaskId> ids = Array.range(0, settings.tasks()).map(i -> CreationTaskId.of("task-" + i));
        TimedTasks vendor = new TimedTasks(time.clock(), start, ids, doneAt);
        Elements elements = Elements.builder()
                .provider(new TimedTasksProvider(vendor))
                .providerConfig(ProviderConfig.builder(TimedTasksProvider.ID).build())
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(settings.seed() ^ 0x5DEECE66DL))
                .build();

        long[] heapAtProbe = {-1};
        int[] pendingAtProbe = {0};
        int[] liveAtProbe = {0};
        vendor.probeAt(start.plus(settings.probeAfter()), tasks -> {
            heapAtProbe[0] = settledHeap();
            pendingAtProbe[0] = tasks.size() - tasks.finishedBy(time.now());
            liveAtProbe[0] = THREADS.getThreadCount();
        });

        int liveBefore = THREADS.getThreadCount();
        long startedBefore = THREADS.getTotalStartedThreadCount();
        long heapBefore = settledHeap();
        THREADS.resetPeakThreadCount();
        long allocatedBefore = allocatedByThisThread();
        long wallStart = System.nanoTime();

        Seq<Either<ElementsError, Awaited<CreationTask>>> results = elements.awaitAll(ids, settings.options());

        long wallNanos = System.nanoTime() - wallStart;
        long allocated = allocatedByThisThread() - allocatedBefore;
        int peak = THREADS.getPeakThreadCount();
        long started = THREADS.getTotalStartedThreadCount() - startedBefore;

        MinimumPolls minimum = new MinimumPolls(settings.options().backoff());
        long minimumPolls = 0;
        long[] lateness = new long[vendor.size()];
        long[] minimumLateness = new long[vendor.size()];
        for (int i = 0; i < vendor.size(); i++) {
            Duration done = Duration.ofNanos(vendor.doneAt(i));
            minimumPolls += minimum.forTaskDoneAt(done);
            lateness[i] = vendor.lateness(i);
            minimumLateness[i] = minimum.noticedAt(done).minus(done).toNanos();
        }
        int succeeded = results.count(Either::isRight);
        return new Report(
                settings,
                vendor.totalPolls(),
                minimumPolls,
                succeeded,
                results.size() - succeeded,
                vendor.pollingThreadCount(),
                liveBefore,
                liveAtProbe[0],
                peak,
                started,
                heapAtProbe[0] - heapBefore,
                pendingAtProbe[0],
                allocated,
                lateness,
                minimumLateness,
                wallNanos);
    }

    private static long settledHeap() {
        long used = Long.MAX_VALUE;
        // Until a collection frees nothing more: finalizers and reference processing can take a second pass.
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) THREADS)
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    static long percentile(long[] values, double p) {
        long[] sorted = Arrays.stream(values).filter(v -> v >= 0).sorted().toArray();
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    static String markdown(Report... reports) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| tasks | polls | minimum polls | ratio | succeeded | threads polling | live threads before / at probe / peak | threads started | heap per pending task | allocated per poll | wall time |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (Report r : reports) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %.3f | %,d | %d | %d / %d / %d | %d | %.0f B (%,d B over %,d pending) | %.0f B | %.0f ms |%n",
                    r.settings().tasks(),
                    r.polls(),
                    r.minimumPolls(),
                    r.pollRatio(),
                    r.succeeded(),
                    r.pollingThreads(),
                    r.liveThreadsBefore(),
                    r.liveThreadsAtProbe(),
                    r.peakThreads(),
                    r.threadsStarted(),
                    r.heapBytesPerPendingTask(),
                    r.heapDeltaBytes(),
                    r.pendingAtProbe(),
                    r.allocatedBytesPerPoll(),
                    r.wallNanos() / 1e6));
        }
        out.append(
                "\n| tasks | noticed late (virtual s): p50 | p90 | p99 | max | on the no-jitter schedule: p50 | p90 | p99 | max |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Report r : reports) {
            out.append("| ")
                    .append(String.format(Locale.ROOT, "%,d", r.settings().tasks()));
            for (long[] values : new long[][] {r.latenessNanos(), r.minimumLatenessNanos()}) {
                for (double p : new double[] {50, 90, 99, 100}) {
                    out.append(" | ").append(seconds(percentile(values, p)));
                }
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    static String properties(String prefix, Report r) {
        StringBuilder out = new StringBuilder();
        out.append(prefix).append(".polls=").append(r.polls()).append('\n');
        out.append(prefix).append(".minimumPolls=").append(r.minimumPolls()).append('\n');
        out.append(prefix)
                .append(".ratio=")
                .append(String.format(Locale.ROOT, "%.4f", r.pollRatio()))
                .append('\n');
        out.append(prefix)
                .append(".heapBytesPerPendingTask=")
                .append(String.format(Locale.ROOT, "%.1f", r.heapBytesPerPendingTask()))
                .append('\n');
        out.append(prefix).append(".pollingThreads=").append(r.pollingThreads()).append('\n');
        out.append(prefix).append(".threadsStarted=").append(r.threadsStarted()).append('\n');
        out.append(prefix)
                .append(".latenessP50Seconds=")
                .append(seconds(percentile(r.latenessNanos(), 50)))
                .append('\n');
        out.append(prefix)
                .append(".latenessMaxSeconds=")
                .append(seconds(percentile(r.latenessNanos(), 100)))
                .append('\n');
        return out.toString();
    }
}
