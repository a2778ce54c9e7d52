package io.elements4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The training run of the CLI's start-up archive (AppCDS): the {@code elements} launcher runs this once per jar and
 * JDK under {@code -XX:DumpLoadedClassList}, archives the classes it loaded with {@code java -Xshare:dump}, and later
 * commands start from them ({@code -XX:SharedArchiveFile}). It runs the common commands in process — help, the
 * provider table, creates refused by each provider's rules, and a create and a list sent to a stand-in for Kling on
 * loopback that answers every request with a fixed task (and the create once more over https, so TLS is set up as
 * for a real vendor) — so the archive holds the CLI, the adapters and their HTTP, TLS and JSON libraries, but not the
 * offline sandbox (whose web server would make it ten times larger and every start slower). It reads no environment
 * and no system property, so no credential is read and no real vendor is ever called. Output goes nowhere.
 */
final class StartupTraining {

    private static final String TASK = "{\"code\": 0, \"message\": \"SUCCEED\", \"request_id\": \"training\", \"data\":"
            + " {\"task_id\": \"860000000000000001\", \"task_info\": {}, \"task_status\": \"submitted\","
            + " \"created_at\": 1700000000000, \"updated_at\": 1700000000000}}";

    private static final List<String> PROVIDERS = List.of("kling-official", "useapi", "evolink", "fal-queue");

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        // What every real command registers for Ctrl-C (made, not registered), so its lambda is archived too.
        CliContext.Interrupts.jvm();
        ServerSocket stub = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(() -> serve(stub), "elements4j-training-stub");
        serving.setDaemon(true);
        serving.start();
        // Every provider points at the stand-in, with a key it never checks: a create the rules let through goes
        // there, and no command starts an offline sandbox.
        Properties kling = new Properties();
        for (String provider : PROVIDERS) {
            kling.setProperty("elements." + provider + ".base-url", "http://127.0.0.1:" + stub.getLocalPort());
            kling.setProperty("elements." + provider + ".api-key", "training-only-not-a-credential");
            // The stand-in speaks Kling only: another vendor's create it answers is a lost answer, whose recovery
            // would wait for minutes; a short deadline ends it.
            kling.setProperty("elements." + provider + ".call-timeout", provider.equals("kling-official") ? "PT20S"
                    : "PT1S");
        }
        kling.setProperty("elements.useapi.email", "training@example.com");
        kling.setProperty("elements.fal-queue.organization-id", "training");
        try {
            for (List<String> command : commands()) {
                run(command, kling);
            }
            run(List.of("create", "--provider", "kling-official", "--name", "Courier", "--frontal",
                    "https://example.com/front.jpg", "--extra", "https://example.com/side.jpg", "--description",
                    "A courier"), kling);
            run(List.of("create", "--provider", "kling-official", "--name", "Courier", "--frontal",
                    "https://example.com/front.jpg", "--extra", "https://example.com/side.jpg", "--description",
                    "A courier", "--json"), kling);
            run(List.of("list", "--provider", "kling-official"), kling);
            run(List.of("task", "860000000000000001", "--provider", "kling-official"), kling);
            run(List.of("task", "860000000000000001", "--provider", "kling-official"), signed(kling));
            // A vendor is reached over https: the same create to the stand-in as https sets TLS up (the trust store
            // read, a client hello sent) before the handshake fails on its plain-http answer. No retries.
            Properties tls = new Properties();
            tls.putAll(kling);
            tls.setProperty("elements.kling-official.base-url", "https://127.0.0.1:" + stub.getLocalPort());
            tls.setProperty("elements.kling-official.max-retries", "0");
            run(List.of("create", "--provider", "kling-official", "--name", "Courier", "--frontal",
                    "https://example.com/front.jpg", "--extra", "https://example.com/side.jpg", "--description",
                    "A courier"), tls);
        } finally {
            stub.close();
        }
        System.exit(0);
    }

    /**
     * Kling's other way in: an access key and a secret key (as {@code KLING_ACCESS_KEY} and {@code KLING_SECRET_KEY}
     * give them) instead of the API key, so each request carries a JWT the CLI signs — the JWT library and the JDK's
     * HMAC then start from the archive too.
     */
    private static Properties signed(Properties properties) {
        Properties signed = new Properties();
        signed.putAll(properties);
        signed.remove("elements.kling-official.api-key");
        signed.setProperty("elements.kling-official.access-key", "training-access-key");
        signed.setProperty("elements.kling-official.secret-key", "training-only-not-a-credential");
        return signed;
    }

    /** Answers every request on its own connection with {@link #TASK}, then closes it. */
    private static void serve(ServerSocket stub) {
        byte[] body = TASK.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        while (!stub.isClosed()) {
            try (Socket connection = stub.accept()) {
                InputStream in = new java.io.PushbackInputStream(connection.getInputStream(), 1);
                int first = in.read();
                if (first < 0 || first == 0x16) { // nothing, or a TLS client hello: closed at once, ending the handshake
                    continue;
                }
                ((java.io.PushbackInputStream) in).unread(first);
                int length = 0;
                StringBuilder line = new StringBuilder();
                while (true) { // the request's head, line by line, up to the blank line
                    int c = in.read();
                    if (c < 0) {
                        break;
                    }
                    if (c != '\n') {
                        line.append((char) c);
                        continue;
                    }
                    String text = line.toString().trim();
                    line.setLength(0);
                    if (text.isEmpty()) {
                        break;
                    }
                    if (text.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(text.substring("content-length:".length()).trim());
                    }
                }
                in.readNBytes(length);
                OutputStream out = connection.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
            } catch (IOException | RuntimeException e) {
                // The socket was closed, or a request was cut short: the next one is served anew.
            }
        }
    }

    private static void run(List<String> command, Properties properties) {
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true);
        CliContext context = CliContext.builder().env(Map.of()).systemProperties(properties).out(sink).err(sink)
                .interactive(false).build();
        try {
            ElementsCli.execute(context, command.toArray(String[]::new));
        } catch (RuntimeException | LinkageError e) {
            // A command that fails here only loads fewer classes; the archive is an optimisation.
        }
    }

    private static List<List<String>> commands() {
        List<List<String>> commands = new java.util.ArrayList<>(List.of(
                List.of("--help"), List.of("--version"), List.of("providers"), List.of("create", "--help"),
                List.of("providers", "--json")));
        for (String provider : PROVIDERS) {
            commands.add(List.of("create", "--provider", provider, "--name", "Refused", "--frontal",
                    "https://example.com/front.jpg"));
        }
        return commands;
    }
}
