package io.elements4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Joins the JMH result files of several runs into one, keeping the benchmarks whose method name matches a pattern.
 * {@code run.sh} runs the per-call benchmark once per call, so that a call's library and floors are measured
 * within a minute or two of each other rather than minutes apart, and joins the runs for {@link Summary}.
 *
 * <pre>java -cp benchmarks.jar io.elements4j.benchmarks.report.MergeResults out.json 'library|floor' a.json b.json</pre>
 */
public final class MergeResults {

    private MergeResults() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MergeResults <out.json> <method-name pattern> <jmh-result.json>...");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        Pattern methods = Pattern.compile(args[1]);
        ArrayNode merged = json.createArrayNode();
        for (int i = 2; i < args.length; i++) {
            for (JsonNode run : json.readTree(Path.of(args[i]).toFile())) {
                String method = run.path("benchmark").asText().replaceAll(".*\\.", "");
                if (methods.matcher(method).matches()) {
                    merged.add(run);
                }
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), merged);
    }
}
