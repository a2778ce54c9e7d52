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
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The library and the Node peer ({@code kling-api}, through {@code benchmarks/node/peer.mjs}) in alternating rounds
 * against one Kling stub in this JVM, so both sides of each ratio meet the same seconds of the machine: section 1d
 * otherwise takes the library's median from the per-call JMH part and the peer's a quarter of an hour later, and
 * this machine's loopback moves by tens of percent in that time.
 *
 * <p>Per operation: one Node process, started once and driven through {@code peer.mjs --serve}, replaying the
 * library's own request (as in 1d), so its code stays warm throughout. Both sides warm up (the library 12 s, the peer
 * 8 s); then three rounds of 6 s, in which the two sides take turns in batches of 20 calls, each call timed on its own
 * ({@code System.nanoTime} here, {@code process.hrtime} in the peer; the pipe between the two processes is outside
 * both timings). Each round prints both medians and their ratio; the median of the three ratios is the figure. Taking
 * turns every few milliseconds, as {@link PairedCalls} does call by call, puts a slow spell of the machine on both
 * sides alike: in rounds of seconds a side, one side's median moved by half between rounds.
 *
 * <pre>{@code
 * java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp benchmarks/target/benchmarks.jar \
 *     io.elements4j.benchmarks.calls.PairedNode benchmarks/target/node/peer.mjs [create,task,list,delete]
 * }</pre>
 */
public final class PairedNode {

    private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(12);
    private static final int PEER_WARM_UP_SECONDS = 8;
    private static final long ROUND_NANOS = TimeUnit.SECONDS.toNanos(6);
    private static final int ROUNDS = 3;
    private static final int BATCH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PairedNode() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PairedNode <peer.mjs> [create,task,list,delete]");
            System.exit(2);
        }
        Path peerScript = Path.of(args[0]).toAbsolutePath();
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
                double[] ratios = new double[ROUNDS];
                double[] library = new double[ROUNDS];
                double[] node = new double[ROUNDS];
                StringBuilder rounds = new StringBuilder();
                try (Peer peer = Peer.start(peerScript, exchanges)) {
                    long warmUpEnds = System.nanoTime() + WARM_UP_NANOS;
                    while (System.nanoTime() < warmUpEnds) {
                        call.run();
                    }
                    peer.warm(PEER_WARM_UP_SECONDS);
                    for (int round = 0; round < ROUNDS; round++) {
                        Samples librarySamples = new Samples();
                        Samples nodeSamples = new Samples();
                        long ends = System.nanoTime() + ROUND_NANOS;
                        while (System.nanoTime() < ends) {
                            for (int i = 0; i < BATCH; i++) {
                                long start = System.nanoTime();
                                call.run();
                                librarySamples.add((System.nanoTime() - start) / 1000.0);
                            }
                            peer.calls(BATCH, nodeSamples);
                        }
                        library[round] = librarySamples.median();
                        node[round] = nodeSamples.median();
                        ratios[round] = library[round] / node[round];
                        rounds.append(round == 0 ? "" : ", ")
                                .append(String.format(
                                        Locale.ROOT, "%.1f / %.1f = %.2f", library[round], node[round], ratios[round]));
                    }
                } finally {
                    Files.delete(exchanges);
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

    /** One side's call times in one round, µs. */
    private static final class Samples {

        private double[] micros = new double[1 << 14];
        private int count;

        void add(double value) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = value;
        }

        double median() {
            double[] sorted = Arrays.copyOf(micros, count);
            Arrays.sort(sorted);
            return sorted[(count - 1) / 2];
        }
    }

    /** The Node peer as one process for all rounds of an operation, driven through {@code peer.mjs --serve}. */
    private static final class Peer implements AutoCloseable {

        private final Process process;
        private final BufferedWriter commands;
        private final BufferedReader answers;

        private Peer(Process process) {
            this.process = process;
            this.commands =
                    new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Peer start(Path script, Path exchanges) throws IOException {
            return new Peer(new ProcessBuilder("node", script.toString(), exchanges.toString(), "--serve")
                    .directory(script.getParent().toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }

        void warm(int seconds) throws IOException {
            ask("warm " + seconds);
        }

        /** {@code count} calls of the peer, one after another, each call's time added to {@code into}. */
        void calls(int count, Samples into) throws IOException {
            for (JsonNode micros : ask("calls " + count).path("micros")) {
                into.add(micros.asDouble());
            }
        }

        private JsonNode ask(String command) throws IOException {
            commands.write(command);
            commands.newLine();
            commands.flush();
            String answer = answers.readLine();
            if (answer == null) {
                throw new IllegalStateException("the Node peer ended before answering " + command);
            }
            return JSON.readTree(answer);
        }

        @Override
        public void close() throws IOException {
            commands.close();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
