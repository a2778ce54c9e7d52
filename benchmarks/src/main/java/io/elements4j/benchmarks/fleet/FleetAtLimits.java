package io.elements4j.benchmarks.fleet;

import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.SentCallback;
import io.elements4j.sandbox.VendorLimits;
import io.elements4j.sandbox.VendorSimulator;
import io.vavr.collection.Seq;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A fleet of three host-app instances, each in its own JVM ({@link FleetWorker}), on one real PostgreSQL (embedded,
 * from Maven Central) and one Kling simulator with a parallel-task limit (in this process, which plays the shared
 * vendor).
 *
 * <ol>
 *   <li><b>One shared bulk run, a worker killed.</b> Every instance enqueues the same drafts and works on the run
 *       through {@code PostgresFleet}, sharing the account's parallel tasks; once a third of the drafts have ended,
 *       one instance is killed with SIGKILL ({@link Process#destroyForcibly()}) and a new one started in its place.
 *       Checked: no draft lost, none created twice (the simulator's record), every draft's outcome readable from every
 *       instance, the accept rate against what the limits allow, and the simulator's parallel-limit refusals.</li>
 *   <li><b>Callbacks to any instance.</b> Each instance creates drafts and waits for them, a few at a time; each
 *       draft's callback goes to a random instance of the three. Measured: from the moment the simulator sent the
 *       task's final callback to the moment the wait ended, split by whether the callback reached the waiting
 *       instance or another one.</li>
 * </ol>
 *
 * <pre>java -cp &lt;class path&gt; io.elements4j.benchmarks.fleet.FleetAtLimits &lt;out dir&gt; [quick]</pre>
 * Writes {@code fleet.md} to the output directory and exits non-zero when a check fails.
 */
public final class FleetAtLimits {

    private static final int INSTANCES = 3;
    private static final int PARALLEL = 60;
    private static final Duration TASK = Duration.ofSeconds(2);
    private static final int RATE = 300;
    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final String RUN = "fleet-bench";

    private FleetAtLimits() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out);
        boolean quick = args.length > 1 && args[1].equals("quick");
        int drafts = quick ? 900 : 3000;
        int latencyDrafts = quick ? 100 : 300;
        StringBuilder md = new StringBuilder();
        boolean ok;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .start();
                VendorSimulator vendor = Sandboxes.start("kling-official")) {
            Properties settings = settings(out, postgres, vendor, drafts, latencyDrafts);
            ok = sharedRun(md, out, settings, vendor, postgres.getPostgresDatabase(), drafts);
            ok &= callbacksToAnyInstance(md, out, settings, vendor, latencyDrafts);
        }
        Files.writeString(out.resolve("fleet.md"), md, StandardCharsets.UTF_8);
        System.out.print(md);
        System.exit(ok ? 0 : 1);
    }

    private static Properties settings(
            Path out, EmbeddedPostgres postgres, VendorSimulator vendor, int drafts, int latencyDrafts)
            throws IOException {
        // The sandbox's own test credential, not a secret.
        Properties settings = new Properties();
        vendor.configuration().forEach(settings::setProperty);
        settings.setProperty("jdbc-url", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        settings.setProperty("ports", freePorts());
        settings.setProperty("parallel", Integer.toString(PARALLEL));
        settings.setProperty("lease", LEASE.toString());
        settings.setProperty("run", RUN);
        settings.setProperty("drafts", Integer.toString(drafts));
        settings.setProperty("latency-drafts", Integer.toString(latencyDrafts));
        settings.setProperty("out", out.toString());
        return settings;
    }

    // ---- 1. one shared run, a worker killed
    // --------------------------------------------------------------------------

    private static boolean sharedRun(
            StringBuilder md, Path out, Properties settings, VendorSimulator vendor, DataSource db, int drafts)
            throws Exception {
        limit(vendor);
        settings.setProperty("worker-concurrency", Integer.toString(PARALLEL / 2));
        store(out, settings);
        Instant started = Instant.now();
        Process[] workers = new Process[INSTANCES];
        List<Process> all = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            workers[i] = start(out, i, "bulk", "bulk-" + i);
            all.add(workers[i]);
        }
        int endedAtKill = -1;
        Instant killedAt = null;
        while (Arrays.stream(workers).anyMatch(Process::isAlive)) {
            int ended = ended(db);
            if (killedAt == null && ended >= drafts / 3) {
                workers[1].destroyForcibly().waitFor();
                killedAt = Instant.now();
                endedAtKill = ended;
                workers[1] = start(out, 1, "bulk", "bulk-1-replacement");
                all.add(workers[1]);
            }
            TimeUnit.MILLISECONDS.sleep(100);
            if (Duration.between(started, Instant.now()).toMinutes() > 20) {
                all.forEach(Process::destroyForcibly);
                md.append("The shared run did not end within 20 minutes.\n");
                return false;
            }
        }
        Map<String, Integer> byStatus = statuses(db);
        int takenOver = count(db, "SELECT count(*) FROM elements4j_bulk_drafts WHERE run = ? AND claims > 1");
        Seq<AcceptedCreate> made = vendor.creations();
        Map<String, Long> byName =
                made.toJavaStream().collect(Collectors.groupingBy(AcceptedCreate::name, Collectors.counting()));
        long duplicates = byName.values().stream().filter(n -> n > 1).count();
        long notMade = drafts - byName.size();
        int succeeded = byStatus.getOrDefault("SUCCEEDED", 0);
        long lost = drafts - succeeded - byStatus.getOrDefault("AMBIGUOUS", 0);
        double window = Duration.between(made.head().at(), made.last().at()).toMillis() / 1000.0;
        double acceptRate = (made.size() - 1) / window;
        double allowed = PARALLEL / (TASK.toMillis() / 1000.0);
        double wall = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        List<String> reads = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            reads.add(lastLine(out.resolve("bulk-" + (i == 1 ? "1-replacement" : i) + ".log"), "READ "));
        }
        boolean readEverywhere = reads.stream().allMatch(r -> r.equals("READ " + drafts + " " + drafts));
        boolean ok = lost == 0 && duplicates == 0 && notMade == 0 && readEverywhere && acceptRate >= 0.9 * allowed;

        md.append(String.format(
                Locale.ROOT,
                "### One shared run of %,d drafts, three JVMs, one killed%n%n"
                        + "Kling simulator: %d requests/s, %d parallel tasks of %d ms ⇒ at most %.0f creates/s. Each"
                        + " instance: its own JVM, a pool of 10 connections, leases of %d s, up to %d drafts at once,"
                        + " the account's %d parallel tasks shared through PostgreSQL; each draft calls back to a"
                        + " random instance.%n%n",
                drafts,
                RATE,
                PARALLEL,
                TASK.toMillis(),
                allowed,
                LEASE.toSeconds(),
                PARALLEL / 2,
                PARALLEL));
        md.append("| figure | value |\n|---|---:|\n");
        row(md, "drafts ended when instance 1 was killed (SIGKILL) and replaced", Integer.toString(endedAtKill));
        row(md, "drafts taken over from the killed instance (claimed again)", Integer.toString(takenOver));
        row(md, "outcomes", byStatus.toString());
        row(md, "lost (not ended SUCCEEDED or AMBIGUOUS)", Long.toString(lost));
        row(md, "created twice (simulator's record)", Long.toString(duplicates));
        row(md, "never created (simulator's record)", Long.toString(notMade));
        row(md, "outcomes read by each instance at its end (read, terminal)", String.join("; ", reads));
        row(
                md,
                "creates accepted per second, first to last create",
                String.format(Locale.ROOT, "%.1f = %.1f %% of %.0f", acceptRate, 100 * acceptRate / allowed, allowed));
        row(md, "wall time, first JVM started to last JVM ended", String.format(Locale.ROOT, "%.1f s", wall));
        row(md, "parallel-limit refusals (1303)", Integer.toString(vendor.refusedBy(VendorLimits.Kind.PARALLEL)));
        row(md, "rate-limit refusals (1302)", Integer.toString(vendor.refusedBy(VendorLimits.Kind.RATE)));
        row(md, "result", ok ? "pass" : "FAIL");
        md.append('\n');
        return ok;
    }

    // ---- 2. callbacks to any instance
    // --------------------------------------------------------------------------------

    private static boolean callbacksToAnyInstance(
            StringBuilder md, Path out, Properties settings, VendorSimulator vendor, int perInstance) throws Exception {
        vendor.reset();
        limit(vendor);
        int concurrency = PARALLEL / INSTANCES / 2;
        settings.setProperty("worker-concurrency", Integer.toString(concurrency));
        store(out, settings);
        Process[] workers = new Process[INSTANCES];
        for (int i = 0; i < INSTANCES; i++) {
            workers[i] = start(out, i, "latency", "latency-" + i);
        }
        for (Process worker : workers) {
            if (!worker.waitFor(10, TimeUnit.MINUTES)) {
                worker.destroyForcibly();
            }
        }
        String[] ports = settings.getProperty("ports").split(",");
        Map<String, SentCallback> finals = new HashMap<>();
        for (SentCallback sent : vendor.callbacksSent()) {
            if (sent.terminal() && sent.delivered()) {
                finals.putIfAbsent(sent.taskId(), sent);
            }
        }
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        int errors = 0;
        int unmatched = 0;
        for (int i = 0; i < INSTANCES; i++) {
            for (String line : Files.readAllLines(out.resolve("latency-" + i + ".tsv"))) {
                String[] cells = line.split("\t");
                if (cells[0].equals("error")) {
                    errors++;
                    continue;
                }
                SentCallback sent = finals.get(cells[0]);
                if (sent == null) {
                    unmatched++;
                    System.out.println("no delivered final callback for task " + cells[0] + ": "
                            + vendor.callbacksSent()
                                    .filter(c -> c.taskId().equals(cells[0]))
                                    .map(c -> c.status() + (c.terminal() ? " final" : " progress") + " at " + c.at())
                                    .mkString(", "));
                    continue;
                }
                Instant at = sent.at();
                double ms =
                        (Long.parseLong(cells[1]) - (at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000)) / 1000.0;
                int port = URI.create(sent.url()).getPort();
                (port == Integer.parseInt(ports[i]) ? same : other).add(ms);
            }
        }
        List<Double> both = new ArrayList<>(same);
        both.addAll(other);
        boolean ok = errors == 0 && both.size() == INSTANCES * perInstance && percentile(both, 99) <= 1000;
        md.append(String.format(
                Locale.ROOT,
                "### Callbacks to any instance: %,d waits on three JVMs%n%n"
                        + "Each instance creates %d drafts, %d at a time, and waits for each; each draft's callback"
                        + " goes to a random instance. From the simulator sending a task's final callback to the"
                        + " wait's end (ms):%n%n",
                INSTANCES * perInstance,
                perInstance,
                concurrency));
        md.append("| callback reached | waits | p50 | p90 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        latencyRow(md, "the waiting instance", same);
        latencyRow(md, "another instance", other);
        latencyRow(md, "all", both);
        md.append(String.format(
                Locale.ROOT,
                "%nWaits that ended in error: %d; waits with no delivered final callback: %d. Result: %s.%n%n",
                errors,
                unmatched,
                ok ? "pass" : "FAIL"));
        return ok;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static void limit(VendorSimulator vendor) {
        vendor.completeTasksAfterPolls(1);
        vendor.limits(VendorLimits.of(RATE, PARALLEL, TASK));
        // A task ends, and calls back, when its parallel slot frees.
        vendor.completeTasksAfter(TASK);
    }

    private static Process start(Path out, int index, String mode, String log) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FleetWorker.class.getName(),
                        out.resolve("fleet-settings.properties").toString(),
                        Integer.toString(index),
                        mode)
                .redirectErrorStream(true)
                .redirectOutput(out.resolve(log + ".log").toFile())
                .start();
    }

    private static void store(Path out, Properties settings) throws IOException {
        try (OutputStream file = Files.newOutputStream(out.resolve("fleet-settings.properties"))) {
            settings.store(file, "the fleet benchmark's settings, read by each worker");
        }
    }

    private static String freePorts() throws IOException {
        List<String> ports = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.add(Integer.toString(socket.getLocalPort()));
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return String.join(",", ports);
    }

    private static int ended(DataSource db) throws SQLException {
        return count(db, "SELECT count(*) FROM elements4j_bulk_drafts WHERE run = ? AND status <> 'PENDING'");
    }

    private static int count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, RUN);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            // The tables appear when the first worker starts.
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    private static Map<String, Integer> statuses(DataSource db) throws SQLException {
        Map<String, Integer> byStatus = new TreeMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT status, count(*) FROM elements4j_bulk_drafts WHERE run = ? GROUP BY status")) {
            s.setString(1, RUN);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    byStatus.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return byStatus;
    }

    private static String lastLine(Path log, String prefix) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return lines.get(i);
            }
        }
        return "(none)";
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void latencyRow(StringBuilder md, String label, List<Double> values) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                label,
                values.size(),
                percentile(values, 50),
                percentile(values, 90),
                percentile(values, 99),
                values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
    }

    private static void row(StringBuilder md, String figure, String value) {
        md.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }
}
