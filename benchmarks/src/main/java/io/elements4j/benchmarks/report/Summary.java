package io.elements4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns run.sh's raw outputs into the tables of RESULTS.md, with the ratio against each target:
 * {@code calls.json} and {@code decode.json} (JMH), {@code waiting.md}, and the {@code coldstart/} runs
 * ({@code /usr/bin/time -v} output plus ColdStart's own line).
 *
 * <pre>java -cp benchmarks.jar io.elements4j.benchmarks.report.Summary benchmarks/target/results</pre>
 */
public final class Summary {

    static final double CALL_TARGET = 1.3;
    static final double DECODE_TARGET = 2.0;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Summary() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/results");
        StringBuilder out = new StringBuilder();
        section(out, dir.resolve("machine.txt"), "Machine", Summary::verbatim);
        section(out, dir.resolve("calls.json"), "1. Per-call overhead (median, µs)", Summary::calls);
        section(
                out,
                dir.resolve("calls-list-tree.json"),
                "1b. List calls against the floor plus a plain tree parse " + "(median, µs)",
                Summary::listCalls);
        section(out, dir.resolve("clients.json"), "1c. The client choice: one 1 KB GET (µs)", Summary::clients);
        section(
                out,
                dir.resolve("paired-threads.md"),
                "1e, paired. Eight threads sharing one facade against the floor shared the same way, in alternating"
                        + " rounds",
                Summary::verbatim);
        section(
                out,
                dir.resolve("node.json"),
                "1d. The Node peer (kling-api) beside the library and the floors " + "(µs)",
                Summary::nodePeer);
        section(
                out,
                dir.resolve("paired-node.md"),
                "1d, paired. The library and the Node peer in alternating rounds against one stub (the steady figure"
                        + " for the target of section 1d; µs)",
                Summary::verbatim);
        section(
                out,
                dir.resolve("paired.md"),
                "1g. The library and its same-client floor in turns, call by call (the steady figure for the target of"
                        + " section 1; µs)",
                Summary::verbatim);
        section(out, dir.resolve("decode.json"), "2. Decode and map (ns per element)", Summary::decode);
        section(out, dir.resolve("waiting.md"), "3. Waiting at scale", Summary::verbatim);
        section(out, dir.resolve("coldstart"), "4. Cold start (median of runs)", Summary::coldStart);
        section(out, dir.resolve("bulk.md"), "5. Bulk creation at the vendor's limits", Summary::verbatim);
        section(out, dir.resolve("clistart.md"), "6. CLI cold start (median of runs)", Summary::verbatim);
        section(
                out,
                dir.resolve("clistart-node.md"),
                "6b. `elements task ID` against the Node peer's one-shot lookup",
                Summary::verbatim);
        System.out.print(out);
    }

    interface Part {
        void write(Path source, StringBuilder out) throws IOException;
    }

    private static void section(StringBuilder out, Path source, String title, Part part) throws IOException {
        out.append("### ").append(title).append("\n\n");
        if (!Files.exists(source)) {
            out.append("(not measured in this run: ")
                    .append(source.getFileName())
                    .append(" is missing)\n\n");
            return;
        }
        part.write(source, out);
        out.append('\n');
    }

    private static void verbatim(Path source, StringBuilder out) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        out.append(text.contains("|") ? text : "```\n" + text + "```\n");
    }

    /**
     * Library medians per call against the floor on the library's own client (Apache HttpClient 5, the same exchange
     * replayed), their ratio, and whether it meets ≤ 1.3 (for the small calls; a list's target is against the floor
     * plus a tree parse, below); beside them the JDK-client floor and the 90th percentiles.
     */
    static void calls(Path source, StringBuilder out) throws IOException {
        Map<String, Map<String, JsonNode>> byCall = byCall(source);
        out.append("| call | library p50 | same-client floor p50 (Apache) | ratio | target ≤ ")
                .append(CALL_TARGET)
                .append(" | JDK-client floor p50 | ratio to it | library p90 | same-client floor p90 |\n")
                .append("|---|---:|---:|---:|---|---:|---:|---:|---:|\n");
        byCall.forEach((call, metrics) -> {
            JsonNode library = metrics.get("library");
            JsonNode same = metrics.get("sameClientFloor");
            if (library == null || same == null) {
                out.append("| ").append(call).append(" | (incomplete) | | | | | | | |\n");
                return;
            }
            double l50 = percentile(library, "50.0");
            double s50 = percentile(same, "50.0");
            double ratio = l50 / s50;
            double f50 = percentileOf(metrics.get("floor"), "50.0");
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.2f | %s | %s | %s | %.1f | %.1f |%n",
                    call,
                    l50,
                    s50,
                    ratio,
                    call.endsWith("/list") ? "(1b)" : ratio <= CALL_TARGET ? "met" : "**missed**",
                    orDash(f50, "%.1f"),
                    orDash(l50 / f50, "%.2f"),
                    percentile(library, "90.0"),
                    percentile(same, "90.0")));
        });
    }

    /**
     * The list calls against each floor plus a plain {@code readTree} of the page: how much of a list call's cost
     * is reading the JSON at all. Library medians come from {@code calls.json}.
     */
    static void listCalls(Path source, StringBuilder out) throws IOException {
        Map<String, Map<String, JsonNode>> lists = byCall(source);
        Path calls = source.resolveSibling("calls.json");
        Map<String, Map<String, JsonNode>> library = Files.exists(calls) ? byCall(calls) : Map.of();
        out.append("| call | library p50 | Apache floor + readTree p50 | ratio | target ≤ ")
                .append(CALL_TARGET)
                .append(" | JDK floor + readTree p50 | ratio |\n")
                .append("|---|---:|---:|---:|---|---:|---:|\n");
        lists.forEach((call, metrics) -> {
            JsonNode lib = library.getOrDefault(call, Map.of()).get("library");
            double l50 = lib == null ? Double.NaN : percentile(lib, "50.0");
            JsonNode jdk = metrics.get("floorAndTreeParse");
            JsonNode apache = metrics.get("sameClientFloorAndTreeParse");
            double j50 = jdk == null ? Double.NaN : percentile(jdk, "50.0");
            double a50 = apache == null ? Double.NaN : percentile(apache, "50.0");
            double ratio = l50 / a50;
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s |%n",
                    call,
                    orDash(l50, "%.1f"),
                    orDash(a50, "%.1f"),
                    orDash(ratio, "%.2f"),
                    Double.isNaN(ratio) ? "—" : ratio <= CALL_TARGET ? "met" : "**missed**",
                    orDash(j50, "%.1f"),
                    orDash(l50 / j50, "%.2f")));
        });
    }

    /** Medians of the candidate clients, and each against the JDK client. */
    static void clients(Path source, StringBuilder out) throws IOException {
        Map<String, JsonNode> byClient = new LinkedHashMap<>();
        for (JsonNode run : JSON.readTree(source.toFile())) {
            byClient.put(run.path("params").path("client").asText(), run.path("primaryMetric"));
        }
        JsonNode jdk = byClient.get("jdk");
        double j50 = jdk == null ? Double.NaN : percentile(jdk, "50.0");
        out.append("| client | p50 | p90 | p99 | p50 against the JDK client |\n|---|---:|---:|---:|---:|\n");
        byClient.forEach((client, metric) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %s |%n",
                client,
                percentile(metric, "50.0"),
                percentile(metric, "90.0"),
                percentile(metric, "99.0"),
                orDash(percentile(metric, "50.0") / j50, "%.2f"))));
    }

    /** The Node peer's operations and the library's Kling calls that make the same exchanges. */
    static final Map<String, String> PEER_CALLS = Map.of(
            "create",
            "kling-official/submit",
            "task",
            "kling-official/task",
            "list",
            "kling-official/list",
            "delete",
            "kling-official/delete");

    /**
     * The Node peer's medians and 99th percentiles per operation, beside the library's and the two floors' from
     * {@code calls.json} of the same run (dashes when that part did not run), and the library's median against the
     * peer's: the target is at least twice as fast (≤ 0.5).
     */
    static void nodePeer(Path source, StringBuilder out) throws IOException {
        JsonNode peer = JSON.readTree(source.toFile());
        Path calls = source.resolveSibling("calls.json");
        Map<String, Map<String, JsonNode>> library = Files.exists(calls) ? byCall(calls) : Map.of();
        out.append("| operation | library p50 | library p99 | Apache floor p50 | JDK floor p50 | Node peer p50 | "
                        + "Node peer p99 | Node samples | library / Node p50 | target ≤ ")
                .append(PEER_TARGET)
                .append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (JsonNode result : peer.path("results")) {
            String operation = result.path("operation").asText();
            Map<String, JsonNode> ours = library.getOrDefault(PEER_CALLS.get(operation), Map.of());
            double l50 = percentileOf(ours.get("library"), "50.0");
            double n50 = result.path("p50").asDouble(Double.NaN);
            double ratio = l50 / n50;
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %.1f | %.1f | %d | %s | %s |%n",
                    operation,
                    orDash(l50, "%.1f"),
                    orDash(percentileOf(ours.get("library"), "99.0"), "%.1f"),
                    orDash(percentileOf(ours.get("sameClientFloor"), "50.0"), "%.1f"),
                    orDash(percentileOf(ours.get("floor"), "50.0"), "%.1f"),
                    n50,
                    result.path("p99").asDouble(),
                    result.path("samples").asLong(),
                    orDash(ratio, "%.2f"),
                    Double.isNaN(ratio) ? "—" : ratio <= PEER_TARGET ? "met" : "**missed**"));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nNode %s, kling-api's request path (axios, its JWT interceptor); "
                        + "per operation %d round(s) of %s s warm-up and %s s measured, calls one after another.%n",
                peer.path("node").asText(),
                peer.path("rounds").asInt(),
                peer.path("warmupSeconds").asText(),
                peer.path("measuredSeconds").asText()));
    }

    static final double PEER_TARGET = 0.5;

    private static double percentileOf(JsonNode metric, String p) {
        return metric == null ? Double.NaN : percentile(metric, p);
    }

    private static Map<String, Map<String, JsonNode>> byCall(Path source) throws IOException {
        Map<String, Map<String, JsonNode>> byCall = new LinkedHashMap<>();
        for (JsonNode run : JSON.readTree(source.toFile())) {
            String method = run.path("benchmark").asText().replaceAll(".*\\.", "");
            byCall.computeIfAbsent(run.path("params").path("call").asText(), k -> new TreeMap<>())
                    .put(method, run.path("primaryMetric"));
        }
        return byCall;
    }

    private static String orDash(double value, String format) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, format, value);
    }

    /** Mapping vs tree parse per element, and whether it meets ≤ 2×. */
    static void decode(Path source, StringBuilder out) throws IOException {
        Map<String, Map<String, Double>> byPage = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        for (JsonNode run : JSON.readTree(source.toFile())) {
            String name = run.path("benchmark").asText().replaceAll(".*\\.", "");
            String page = run.path("benchmark").asText().replaceAll(".*\\.(\\w+)DecodeBenchmark\\..*", "$1");
            byPage.computeIfAbsent(page, k -> new TreeMap<>())
                    .put(name, run.path("primaryMetric").path("score").asDouble());
            errors.put(
                    page + "." + name,
                    run.path("primaryMetric").path("scoreError").asDouble());
        }
        out.append("| page | map to domain | tree parse | ratio | target ≤ ")
                .append(DECODE_TARGET)
                .append(" |\n|---|---:|---:|---:|---|\n");
        byPage.forEach((page, scores) -> {
            Double mapped = scores.get("mapToDomain");
            Double tree = scores.get("treeParse");
            if (mapped == null || tree == null) {
                out.append("| ").append(page).append(" | (incomplete) | | | |\n");
                return;
            }
            double ratio = mapped / tree;
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f ± %.0f | %.0f ± %.0f | %.2f | %s |%n",
                    page,
                    mapped,
                    errors.get(page + ".mapToDomain"),
                    tree,
                    errors.get(page + ".treeParse"),
                    ratio,
                    ratio <= DECODE_TARGET ? "met" : "**missed**"));
            scores.forEach((name, score) -> {
                if (!name.equals("mapToDomain") && !name.equals("treeParse")) {
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s (%s) | %.0f ± %.0f | | %.2f | |%n",
                            page,
                            name,
                            score,
                            errors.get(page + "." + name),
                            score / tree));
                }
            });
        });
    }

    private static final Pattern ELAPSED =
            Pattern.compile("Elapsed \\(wall clock\\) time.*: (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SPLIT = Pattern.compile("coldstart provider=(\\S+) jvm-to-main-ms=(\\d+) "
            + "discover-and-build-ms=([\\d.]+) first-call-ms=([\\d.]+) main-total-ms=([\\d.]+)");

    /** Medians per provider over the {@code <provider>-<n>.txt} runs. */
    static void coldStart(Path dir, StringBuilder out) throws IOException {
        Map<String, List<double[]>> byProvider = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher split = SPLIT.matcher(text);
                Matcher elapsed = ELAPSED.matcher(text);
                if (!split.find() || !elapsed.find()) {
                    out.append("- ").append(file.getFileName()).append(": the run failed; see the file\n");
                    continue;
                }
                double wall = (elapsed.group(1) == null ? 0 : Double.parseDouble(elapsed.group(1)) * 3600)
                        + Double.parseDouble(elapsed.group(2)) * 60
                        + Double.parseDouble(elapsed.group(3));
                byProvider
                        .computeIfAbsent(split.group(1), k -> new ArrayList<>())
                        .add(new double[] {
                            wall * 1000,
                            number(USER, text) * 1000 + number(SYSTEM, text) * 1000,
                            number(RSS, text) / 1024,
                            Double.parseDouble(split.group(2)),
                            Double.parseDouble(split.group(3)),
                            Double.parseDouble(split.group(4))
                        });
            }
        }
        out.append("| provider | runs | process wall ms | CPU ms (user+sys) | max RSS MiB | JVM start to main ms | "
                + "discover + build ms | first call ms |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        byProvider.forEach((provider, runs) -> {
            out.append("| ").append(provider).append(" | ").append(runs.size());
            for (int column = 0; column < 6; column++) {
                int c = column;
                out.append(String.format(
                        Locale.ROOT,
                        " | %.0f",
                        median(runs.stream().mapToDouble(r -> r[c]).toArray())));
            }
            out.append(" |\n");
        });
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double percentile(JsonNode metric, String p) {
        return metric.path("scorePercentiles").path(p).asDouble(Double.NaN);
    }
}
