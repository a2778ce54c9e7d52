package io.elements4j.benchmarks.coldstart;

import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Serves the sandbox simulators of the named providers in their own process, so a cold-start run measures the
 * client's JVM alone. Writes each simulator's configuration as {@code -Dkey=value} lines, one file per provider
 * ({@code <dir>/<provider>.jvmargs}), then serves until its standard input closes.
 *
 * <pre>java -cp … SandboxServer &lt;dir&gt; kling-official useapi evolink gmi-cloud</pre>
 */
public final class SandboxServer {

    private SandboxServer() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SandboxServer <output dir> <provider id>...");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<VendorSimulator> running = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            VendorSimulator simulator = Sandboxes.start(args[i]);
            running.add(simulator);
            StringBuilder lines = new StringBuilder();
            simulator
                    .configuration()
                    .forEach((key, value) -> lines.append("-D")
                            .append(key)
                            .append('=')
                            .append(value)
                            .append('\n'));
            Files.writeString(dir.resolve(args[i] + ".jvmargs"), lines, StandardCharsets.UTF_8);
        }
        PrintStream out = System.out;
        out.println("sandbox ready: " + String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
        out.flush();
        while (System.in.read() >= 0) {
            // Serve until the parent closes our input.
        }
        running.forEach(VendorSimulator::close);
    }
}
