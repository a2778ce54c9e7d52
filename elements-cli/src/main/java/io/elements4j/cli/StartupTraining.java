package io.elements4j.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The training run of the CLI's start-up archive (AppCDS): the {@code elements} launcher runs this once, under
 * {@code -XX:ArchiveClassesAtExit}, after the jar is built; later commands start from the classes it loaded
 * ({@code -XX:SharedArchiveFile}). It runs the common commands in process — help, the provider table, a create
 * refused by the rules, and a create, a list and a delete on each provider's offline sandbox — with no environment
 * and no system properties, so no credential is read and no real vendor is ever called. Output goes nowhere.
 */
final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) {
        for (List<String> command : commands()) {
            PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true);
            CliContext context = CliContext.builder().env(Map.of()).systemProperties(new Properties()).out(sink)
                    .err(sink).interactive(false).build();
            try {
                ElementsCli.execute(context, command.toArray(String[]::new));
            } catch (RuntimeException | LinkageError e) {
                // A command that fails here only loads fewer classes; the archive is an optimisation.
            }
        }
        System.exit(0);
    }

    private static List<List<String>> commands() {
        List<List<String>> commands = new java.util.ArrayList<>(List.of(
                List.of("--help"), List.of("--version"), List.of("providers"), List.of("create", "--help"),
                List.of("providers", "--json")));
        for (String provider : List.of("kling-official", "useapi", "evolink", "fal-queue")) {
            commands.add(List.of("create", "--provider", provider, "--name", "Refused", "--frontal",
                    "https://example.com/front.jpg"));
            commands.add(List.of("create", "--provider", provider, "--name", "Courier", "--frontal",
                    "https://example.com/front.jpg", "--extra", "https://example.com/side.jpg", "--description",
                    "A courier", "--wait", "--json"));
            commands.add(List.of("list", "--provider", provider));
        }
        return commands;
    }
}
