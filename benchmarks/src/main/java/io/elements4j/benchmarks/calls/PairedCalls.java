package io.elements4j.benchmarks.calls;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elements4j.benchmarks.stub.ApacheFloorClient;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The library's latency beside its same-client floor, call by call in turns: library, floor, floor, library, … in
 * one loop, each call timed on its own, so both sides of a ratio meet the same moment of the machine. A separate JMH
 * run per side ({@link CallOverheadBenchmark}) measures them a minute apart, and this machine's speed moves by tens
 * of percent in a minute: two JMH runs of the same code gave one call 1.22 and 1.78. Paired, a call's ratio stays
 * within ± 0.03 from round to round.
 *
 * <p>Each call: a 12 s warm-up in turns, then three rounds of {@code pairs} calls on each side (15,000, or 3,000 for
 * a list), the order inside a pair swapped from one pair to the next; each round's medians and their ratio, then the
 * median of the three ratios, as a Markdown row. For a list the floor also parses the body into a plain Jackson
 * tree, as {@link CallOverheadBenchmark#sameClientFloorAndTreeParse} does: the least any client reading the page pays.
 *
 * <pre>{@code
 * java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp benchmarks/target/benchmarks.jar \
 *     io.elements4j.benchmarks.calls.PairedCalls kling-official/submit,kling-official/list
 * }</pre>
 *
 * With no argument, every call of {@link CallCases#all()}. {@code ./benchmarks/run.sh --only paired} runs that.
 */
public final class PairedCalls {

    private static final long WARM_UP_NANOS = 12_000_000_000L;
    private static final int ROUNDS = 3;
    private static final int PAIRS = 15_000;
    private static final int LIST_PAIRS = 3_000;

    private PairedCalls() {}

    public static void main(String[] args) throws IOException {
        String[] calls = args.length > 0 ? args[0].split(",") : CallCases.all().toJavaArray(String[]::new);
        System.out.println("| call | library p50 µs | floor p50 µs | ratio, round by round | ratio (median) |");
        System.out.println("|---|---:|---:|---|---:|");
        for (String name : calls) {
            System.out.println(measure(name));
        }
    }

    private static String measure(String name) throws IOException {
        boolean list = name.endsWith("/list");
        ObjectMapper plainJson = new ObjectMapper();
        try (CallCase library = CallCases.create(name);
                ApacheFloorClient floorClient = new ApacheFloorClient()) {
            library.call();
            ApacheFloorClient.Replay replay =
                    floorClient.replayOf(library.lastRequest(), library.stub().baseUrl());
            Side floor = list ? () -> plainJson.readTree(floorClient.send(replay)) : () -> floorClient.send(replay);
            Side librarySide = library::call;
            long warmUpEnds = System.nanoTime() + WARM_UP_NANOS;
            while (System.nanoTime() < warmUpEnds) {
                library.call();
                floor.call();
            }
            int pairs = list ? LIST_PAIRS : PAIRS;
            double[] ratios = new double[ROUNDS];
            double[] libraryMedians = new double[ROUNDS];
            double[] floorMedians = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long[] libraryNanos = new long[pairs];
                long[] floorNanos = new long[pairs];
                for (int i = 0; i < pairs; i++) {
                    boolean libraryFirst = (i & 1) == 0;
                    long t0 = System.nanoTime();
                    (libraryFirst ? librarySide : floor).call();
                    long t1 = System.nanoTime();
                    (libraryFirst ? floor : librarySide).call();
                    long t2 = System.nanoTime();
                    libraryNanos[i] = libraryFirst ? t1 - t0 : t2 - t1;
                    floorNanos[i] = libraryFirst ? t2 - t1 : t1 - t0;
                }
                libraryMedians[round] = median(libraryNanos) / 1_000.0;
                floorMedians[round] = median(floorNanos) / 1_000.0;
                ratios[round] = libraryMedians[round] / floorMedians[round];
            }
            StringBuilder byRound = new StringBuilder();
            for (int round = 0; round < ROUNDS; round++) {
                byRound.append(round == 0 ? "" : ", ")
                        .append(String.format(
                                Locale.ROOT,
                                "%.1f / %.1f = %.2f",
                                libraryMedians[round],
                                floorMedians[round],
                                ratios[round]));
            }
            int middle = middleIndex(ratios);
            return String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %s | %.2f |",
                    name + (list ? " (floor + tree parse)" : ""),
                    libraryMedians[middle],
                    floorMedians[middle],
                    byRound,
                    ratios[middle]);
        }
    }

    /** One side of a pair: a call whose answer is thrown away. */
    interface Side {
        Object call() throws IOException;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The round whose ratio is the median of the rounds'. */
    static int middleIndex(double[] ratios) {
        Integer[] order = new Integer[ratios.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(ratios[a], ratios[b]));
        return order[ratios.length / 2];
    }
}
