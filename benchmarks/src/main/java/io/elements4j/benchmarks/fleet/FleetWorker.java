package io.elements4j.benchmarks.fleet;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.elements4j.callback.server.CallbackServer;
import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.postgres.DraftOutcome;
import io.elements4j.postgres.PostgresFleet;
import io.elements4j.postgres.SharedBulkRun;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * One instance of a host app in the fleet benchmark ({@link FleetAtLimits}), in a JVM of its own: a pooled
 * {@code DataSource} on the shared PostgreSQL, a {@link PostgresFleet}, a facade on the shared Kling simulator with the
 * account's parallel-task budget, and a {@link CallbackServer} on a fixed loopback port (a replacement started after a
 * kill listens where the dead one did, as a restarted pod behind the same address would).
 *
 * <pre>java -cp … FleetWorker &lt;settings.properties&gt; &lt;instance index&gt; &lt;bulk|latency&gt;</pre>
 *
 * <p>{@code bulk}: enqueues the run's drafts and works on the shared run until none is pending, then reads every
 * draft's outcome and prints {@code READ <outcomes> <terminal>}. {@code latency}: creates its own drafts, a few at a
 * time, each calling back to a random instance, and writes for each task when its wait ended (epoch microseconds) to
 * {@code latency-<index>.tsv}. Each draft's callback URL names a random instance, decided by its number, so every
 * worker gives the same draft the same URL.
 */
public final class FleetWorker {

    private FleetWorker() {}

    public static void main(String[] args) throws Exception {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            settings.load(in);
        }
        int index = Integer.parseInt(args[1]);
        String mode = args[2];
        String[] ports = settings.getProperty("ports").split(",");
        int parallel = Integer.parseInt(settings.getProperty("parallel"));
        Map<String, String> vendor = new HashMap<>();
        settings.stringPropertyNames().stream()
                .filter(name -> name.startsWith("elements."))
                .forEach(name -> vendor.put(name, settings.getProperty(name)));

        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.getProperty("jdbc-url"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        pool.setPoolName("worker-" + index);
        try (HikariDataSource dataSource = new HikariDataSource(pool);
                PostgresFleet fleet = PostgresFleet.builder(dataSource)
                        .instance("worker-" + index + "-"
                                + ProcessHandle.current().pid())
                        .leaseFor(Duration.parse(settings.getProperty("lease")))
                        .build();
                Elements elements = fleet.configure(Elements.builder())
                        .provider("kling-official")
                        .config(vendor)
                        .systemProperties(new Properties())
                        .env(Map.of())
                        .concurrencyBudget(fleet.accountBudget("kling-bench", parallel))
                        .build();
                CallbackServer receiver = CallbackServer.builder(elements)
                        .bindAddress(InetAddress.getLoopbackAddress())
                        .port(Integer.parseInt(ports[index]))
                        .threads(4)
                        .start()) {
            System.out.println("READY " + index);
            if (mode.equals("bulk")) {
                bulk(fleet, elements, settings, ports);
            } else {
                latency(elements, settings, ports, index);
            }
        }
        System.exit(0);
    }

    private static void bulk(PostgresFleet fleet, Elements elements, Properties settings, String[] ports) {
        int count = Integer.parseInt(settings.getProperty("drafts"));
        Seq<ElementDraft> drafts = List.range(0, count).map(i -> draft("fleet", i, ports));
        SharedBulkRun run = fleet.bulkRun(settings.getProperty("run"));
        run.enqueue(drafts);
        int perWorker = Integer.parseInt(settings.getProperty("worker-concurrency"));
        int ended = run.work(elements, drafts, BulkOptions.defaults().withConcurrency(perWorker, perWorker));
        Seq<DraftOutcome> outcomes = run.results();
        long terminal = outcomes.count(o -> o.status() != DraftOutcome.Status.PENDING);
        System.out.println("ENDED " + ended);
        System.out.println("READ " + outcomes.size() + " " + terminal);
    }

    private static void latency(Elements elements, Properties settings, String[] ports, int index)
            throws IOException, InterruptedException {
        int count = Integer.parseInt(settings.getProperty("latency-drafts"));
        Semaphore inFlight = new Semaphore(Integer.parseInt(settings.getProperty("worker-concurrency")));
        Path out = Path.of(settings.getProperty("out"), "latency-" + index + ".tsv");
        CompletableFuture<?>[] waits = new CompletableFuture<?>[count];
        try (PrintWriter lines = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int i = 0; i < count; i++) {
                inFlight.acquire();
                int number = index * 1_000_000 + i;
                waits[i] = elements.async()
                        .createAndAwait(draft("lat", number, ports))
                        .whenComplete((answer, thrown) -> {
                            Instant ended = Instant.now();
                            inFlight.release();
                            record(lines, answer, ended);
                        });
            }
            CompletableFuture.allOf(waits).join();
        }
    }

    private static void record(PrintWriter lines, Either<ElementsError, Awaited<CreationTask>> answer, Instant ended) {
        if (answer == null || answer.isLeft()) {
            synchronized (lines) {
                lines.println("error\t"
                        + (answer == null
                                ? "thrown"
                                : answer.getLeft().getClass().getSimpleName()));
            }
            return;
        }
        long micros = ended.getEpochSecond() * 1_000_000L + ended.getNano() / 1_000;
        String task = answer.get().value().id().value();
        synchronized (lines) {
            lines.println(task + "\t" + micros);
        }
    }

    /** Draft {@code number}, calling back to the instance its number picks. */
    static ElementDraft draft(String prefix, int number, String[] ports) {
        String port = ports[new SplittableRandom(number).nextInt(ports.length)];
        return ElementDraft.image(prefix + " " + number, MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("A courier")
                .idempotencyKey(IdempotencyKey.of(prefix + "-" + number))
                .callbackUrl("http://127.0.0.1:" + port + CallbackServer.DEFAULT_PATH)
                .build();
    }
}
