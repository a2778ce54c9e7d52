package io.elements4j.benchmarks.calls;

import io.elements4j.benchmarks.stub.ApacheFloorClient;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Section 1e's eight threads, paired: eight threads share one facade, then eight threads share one same-client floor
 * (one Apache client, its pool as large as the library's), in alternating rounds against one loopback stub, so both
 * sides of each ratio meet the same minutes of the machine. {@link SharedFacadeThroughputBenchmark} runs the
 * library's JMH forks and then the floor's, minutes apart, and its ratio moved from 0.69 to 0.92 on the same code.
 *
 * <p>A 32 s warm-up in turns (2 s a side), then nine rounds of 2 s a side, the order inside a round swapped from one
 * round to the next; each round prints both throughputs and their ratio, and the median ratio is the figure. With a
 * warm-up of 12 s the first rounds came before the eight threads had settled (0.42 and 0.52, then 0.69–0.94).
 *
 * <pre>{@code
 * java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp benchmarks/target/benchmarks.jar \
 *     io.elements4j.benchmarks.calls.PairedThreads [kling-official/task]
 * }</pre>
 */
public final class PairedThreads {

    private static final int THREADS = 8;
    private static final int WARM_UP_TURNS = 8;
    private static final int ROUNDS = 9;
    private static final int SECONDS_A_SIDE = 2;

    private PairedThreads() {}

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "kling-official/task";
        try (CallCase library = CallCases.create(name);
                ApacheFloorClient floor = new ApacheFloorClient()) {
            library.call();
            ApacheFloorClient.Replay replay =
                    floor.replayOf(library.lastRequest(), library.stub().baseUrl());
            floor.send(replay);
            PairedCalls.Side librarySide = library::call;
            PairedCalls.Side floorSide = () -> floor.send(replay);
            for (int i = 0; i < WARM_UP_TURNS; i++) {
                throughput(librarySide, SECONDS_A_SIDE);
                throughput(floorSide, SECONDS_A_SIDE);
            }
            double[] ratios = new double[ROUNDS];
            StringBuilder rounds = new StringBuilder();
            double[] libraries = new double[ROUNDS];
            double[] floors = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                if (round % 2 == 0) {
                    libraries[round] = throughput(librarySide, SECONDS_A_SIDE);
                    floors[round] = throughput(floorSide, SECONDS_A_SIDE);
                } else {
                    floors[round] = throughput(floorSide, SECONDS_A_SIDE);
                    libraries[round] = throughput(librarySide, SECONDS_A_SIDE);
                }
                ratios[round] = libraries[round] / floors[round];
                rounds.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", ratios[round]));
            }
            int middle = PairedCalls.middleIndex(ratios);
            System.out.println("| call | threads | library calls/s (median round) | floor calls/s (median round) | "
                    + "library / floor, round by round | library / floor (median) | target ≥ 0.75 |");
            System.out.println("|---|---:|---:|---:|---|---:|---|");
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %,.0f | %,.0f | %s | %.2f | %s |%n",
                    name,
                    THREADS,
                    libraries[middle],
                    floors[middle],
                    rounds,
                    ratios[middle],
                    ratios[middle] >= 0.75 ? "met" : "**missed**");
        }
    }

    /** Calls per second of eight threads calling {@code side} for {@code seconds}. */
    private static double throughput(PairedCalls.Side side, int seconds) throws InterruptedException {
        LongAdder calls = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            threads[i] = new Thread(() -> {
                try {
                    start.await();
                    while (running.get()) {
                        side.call();
                        calls.increment();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("a call failed", e);
                }
            });
            threads[i].start();
        }
        long began = System.nanoTime();
        start.countDown();
        TimeUnit.SECONDS.sleep(seconds);
        running.set(false);
        long counted = calls.sum();
        long elapsed = System.nanoTime() - began;
        for (Thread thread : threads) {
            thread.join();
        }
        return counted / (elapsed / 1e9);
    }
}
