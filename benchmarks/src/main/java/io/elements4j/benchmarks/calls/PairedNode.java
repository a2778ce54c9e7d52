package io.elements4j.benchmarks.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.benchmarks.fixtures.Drafts;
import io.elements4j.benchmarks.stub.LoopbackStub;
import io.elements4j.client.Elements;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTaskId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The library and the Node peer ({@code kling-api}, through {@code benchmarks/node/peer.mjs}) in alternating rounds
 * against one Kling stub in this JVM, so both sides of each ratio meet the same minutes of the machine: section 1d
 * otherwise takes the library's median from the per-call JMH part and the peer's a quarter of an hour later, and
 * this machine's loopback moves by tens of percent in that time.
 *
 * <p>Per operation: the library warms up for 12 s; then three rounds, each the library for 5 s (every call timed on
 * its own with {@code System.nanoTime}) and then the Node peer for 2 s of warm-up and 5 s measured (a new process
 * each round, replaying the library's own request, as in 1d); each round prints both medians and their ratio, and the
 * median of the three ratios is the figure.
 *
 * <pre>{@code
 * java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp benchmarks/target/benchmarks.jar \
 *     io.elements4j.benchmarks.calls.PairedNode benchmarks/target/node/peer.mjs [create,task,list,delete]
 * }</pre>
 */
public final class PairedNode {

    private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(12);
    private static final long ROUND_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int ROUNDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PairedNode() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PairedNode <peer.mjs> [create,task,list,delete]");
            System.exit(2);
        }
        Path peer = Path.of(args[0]).toAbsolutePath();
        String[] operations = (args.length > 1 ? args[1] : "create,task,list,delete").split(",");
        AdapterCases.Vendor kling = AdapterCases.kling();
        try (LoopbackStub stub = kling.stub().start();
                Elements elements = AdapterCases.facade("kling-official", kling, stub)) {
            ObjectNode document = KlingPeerStub.exchangesOf(stub, kling);
            System.out.println("| operation | library p50 µs | Node peer p50 µs | library / Node, round by round | "
                    + "library / Node (median) | target ≤ 0.5 |");
            System.out.println("|---|---:|---:|---|---:|---|");
            for (String operation : operations) {
                Runnable call = call(elements, kling, operation);
                Path exchanges = only(document, operation);
                long warmUpEnds = System.nanoTime() + WARM_UP_NANOS;
                while (System.nanoTime() < warmUpEnds) {
                    call.run();
                }
                double[] ratios = new double[ROUNDS];
                double[] library = new double[ROUNDS];
                double[] node = new double[ROUNDS];
                StringBuilder rounds = new StringBuilder();
                for (int round = 0; round < ROUNDS; round++) {
                    library[round] = libraryMedian(call);
                    node[round] = nodeMedian(peer, exchanges);
                    ratios[round] = library[round] / node[round];
                    rounds.append(round == 0 ? "" : ", ")
                            .append(String.format(
                                    Locale.ROOT, "%.1f / %.1f = %.2f", library[round], node[round], ratios[round]));
                }
                int middle = PairedCalls.middleIndex(ratios);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %s | %.2f | %s |%n",
                        operation,
                        library[middle],
                        node[middle],
                        rounds,
                        ratios[middle],
                        ratios[middle] <= 0.5 ? "met" : "**missed**");
                Files.delete(exchanges);
            }
        }
    }

    /** The operation through the facade, checked: a failure's time would mean nothing. */
    private static Runnable call(Elements elements, AdapterCases.Vendor kling, String operation) {
        return switch (operation) {
            case "create" -> () -> Calls.orThrow(elements.submit(Drafts.courier()), "create");
            case "task" -> () -> Calls.orThrow(elements.task(CreationTaskId.of(kling.taskId())), "task");
            case "list" -> () -> Calls.orThrow(elements.list(ElementFilter.all(), PageRequest.of(1, 100)), "list");
            case "delete" -> () -> Calls.orThrow(elements.delete(ElementId.of(kling.elementId())), "delete");
            default ->
                throw new IllegalArgumentException(
                        "unknown operation " + operation + "; expected create, task, list or delete");
        };
    }

    /** The exchanges document with only {@code operation}'s exchange, written to a temporary file. */
    private static Path only(ObjectNode document, String operation) throws IOException {
        ObjectNode one = document.deepCopy();
        ArrayNode kept = one.putArray("exchanges");
        for (JsonNode exchange : document.get("exchanges")) {
            if (exchange.path("operation").asText().equals(operation)) {
                kept.add(exchange);
            }
        }
        Path file = Files.createTempFile("paired-node-" + operation, ".json");
        Files.writeString(file, JSON.writeValueAsString(one), StandardCharsets.UTF_8);
        return file;
    }

    /** The median of the library's calls, each timed on its own, over one round. */
    private static double libraryMedian(Runnable call) {
        long[] samples = new long[1 << 16];
        int count = 0;
        long ends = System.nanoTime() + ROUND_NANOS;
        while (count < samples.length) {
            long start = System.nanoTime();
            if (start >= ends) {
                break;
            }
            call.run();
            samples[count++] = System.nanoTime() - start;
        }
        Arrays.sort(samples, 0, count);
        return samples[(count - 1) / 2] / 1000.0;
    }

    /** The Node peer's median over one round: a process of its own, 2 s of warm-up, 5 s measured. */
    private static double nodeMedian(Path peer, Path exchanges) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "node", peer.toString(), exchanges.toString(), "2", Long.toString(ROUND_NANOS / 1_000_000_000L))
                .directory(peer.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the Node peer failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return JSON.readTree(out).path("results").path(0).path("p50").asDouble(Double.NaN);
    }
}
