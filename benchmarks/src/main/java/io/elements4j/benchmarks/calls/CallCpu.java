package io.elements4j.benchmarks.calls;

import com.sun.management.ThreadMXBean;
import io.elements4j.benchmarks.stub.ApacheFloorClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The calling thread's CPU time and allocation per call, the library beside its same-client floor, at steady state:
 * what the library adds to a call, without the wake-ups of an idle core and the stub's scheduling that move a
 * loopback latency by tens of percent between runs. A change to the call path shows here as a few microseconds where
 * the p50 of {@link CallOverheadBenchmark} cannot tell it from noise; the latency targets are still read from that
 * benchmark.
 *
 * <p>Each call: the library and the floor (replaying the library's request on {@link ApacheFloorClient}) take turns
 * for a 12 s warm-up, then five rounds of 4,000 calls each, library then floor; the medians of the rounds are
 * printed as a Markdown row. Run it on an otherwise idle machine:
 *
 * <pre>{@code
 * java -Xms512m -Xmx512m -cp benchmarks/target/benchmarks.jar io.elements4j.benchmarks.calls.CallCpu \
 *     kling-official/submit,kling-official/task
 * }</pre>
 *
 * With no argument, every call of {@link CallCases#all()} but the lists.
 */
public final class CallCpu {

    private static final long WARM_UP_NANOS = 12_000_000_000L;
    private static final int ROUNDS = 5;
    private static final int CALLS_PER_ROUND = 4_000;

    private CallCpu() {}

    public static void main(String[] args) throws IOException {
        String[] calls = args.length > 0
                ? args[0].split(",")
                : CallCases.all().filter(name -> !name.endsWith("/list")).toJavaArray(String[]::new);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        System.out.println(
                "| call | library CPU µs | floor CPU µs | library − floor | ratio | library bytes | floor bytes |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String name : calls) {
            try (CallCase library = CallCases.create(name);
                    ApacheFloorClient floor = new ApacheFloorClient()) {
                library.call();
                ApacheFloorClient.Replay replay =
                        floor.replayOf(library.lastRequest(), library.stub().baseUrl());
                long warmUpEnds = System.nanoTime() + WARM_UP_NANOS;
                while (System.nanoTime() < warmUpEnds) {
                    library.call();
                    floor.send(replay);
                }
                double[] libraryCpu = new double[ROUNDS];
                double[] floorCpu = new double[ROUNDS];
                double[] libraryBytes = new double[ROUNDS];
                double[] floorBytes = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long bytes0 = threads.getThreadAllocatedBytes(thread);
                    for (int i = 0; i < CALLS_PER_ROUND; i++) {
                        library.call();
                    }
                    long cpu1 = threads.getCurrentThreadCpuTime();
                    long bytes1 = threads.getThreadAllocatedBytes(thread);
                    for (int i = 0; i < CALLS_PER_ROUND; i++) {
                        floor.send(replay);
                    }
                    long cpu2 = threads.getCurrentThreadCpuTime();
                    long bytes2 = threads.getThreadAllocatedBytes(thread);
                    libraryCpu[round] = (cpu1 - cpu0) / 1_000.0 / CALLS_PER_ROUND;
                    floorCpu[round] = (cpu2 - cpu1) / 1_000.0 / CALLS_PER_ROUND;
                    libraryBytes[round] = (bytes1 - bytes0) / (double) CALLS_PER_ROUND;
                    floorBytes[round] = (bytes2 - bytes1) / (double) CALLS_PER_ROUND;
                }
                double lib = median(libraryCpu);
                double flo = median(floorCpu);
                System.out.println(String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %.1f | %.2f | %,.0f | %,.0f |",
                        name,
                        lib,
                        flo,
                        lib - flo,
                        lib / flo,
                        median(libraryBytes),
                        median(floorBytes)));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
