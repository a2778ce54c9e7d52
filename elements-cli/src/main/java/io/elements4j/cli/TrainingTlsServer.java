package io.elements4j.cli;

import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * An https endpoint on loopback for the start-up archive's training run, so that a command completes a real TLS
 * handshake there — certificate parsing and validation, key exchange, record encryption — and the JDK's TLS classes
 * start from the archive, as a command against a vendor (always https) needs them. Its certificate is made for the
 * run by the JDK's {@code keytool} (a throwaway RSA key, valid one day, for 127.0.0.1) in a temporary directory, and
 * it answers every request {@code 404} and closes. It listens on 127.0.0.1 only. Nothing of it is kept: the
 * directory is deleted when it closes.
 */
final class TrainingTlsServer implements AutoCloseable {

    private static final String ALIAS = "elements-training";

    private final Path directory;
    private final Path trustStore;
    private final String password;
    private final SSLServerSocket socket;
    private final Thread serving;

    private TrainingTlsServer(Path directory, Path trustStore, String password, SSLServerSocket socket) {
        this.directory = directory;
        this.trustStore = trustStore;
        this.password = password;
        this.socket = socket;
        this.serving = new Thread(this::serve, "elements-training-tls");
        this.serving.setDaemon(true);
        this.serving.start();
    }

    /**
     * Starts the endpoint, or none when it cannot be made here (no {@code keytool} beside this JVM, say): the
     * training then goes without a full handshake.
     */
    static Option<TrainingTlsServer> start() {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("elements-training-tls");
            Path keyStore = directory.resolve("training.p12");
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            String keytool =
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process generate = new ProcessBuilder(List.of(
                            keytool,
                            "-genkeypair",
                            "-alias",
                            ALIAS,
                            "-keyalg",
                            "RSA",
                            "-keysize",
                            "2048",
                            "-validity",
                            "1",
                            "-dname",
                            "CN=127.0.0.1",
                            "-ext",
                            "san=ip:127.0.0.1",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            keyStore.toString(),
                            "-storepass",
                            password))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!generate.waitFor(60, TimeUnit.SECONDS) || generate.exitValue() != 0 || !Files.exists(keyStore)) {
                generate.destroyForcibly();
                delete(directory);
                return Option.none();
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                keys.load(in, password.toCharArray());
            }
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            SSLServerSocket socket = (SSLServerSocket)
                    context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            return Option.some(new TrainingTlsServer(directory, keyStore, password, socket));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            delete(directory);
            return Option.none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delete(directory);
            return Option.none();
        }
    }

    /** The endpoint's base URL: {@code https://127.0.0.1:<port>}. */
    String baseUrl() {
        return "https://127.0.0.1:" + socket.getLocalPort();
    }

    /** The PKCS #12 store holding the endpoint's certificate (and its key), and its password. */
    Path trustStore() {
        return trustStore;
    }

    String trustStorePassword() {
        return password;
    }

    /**
     * Makes this JVM trust the endpoint's certificate: the trust store every TLS context made from now on reads. Only
     * for the training run's own JVM.
     */
    void trustInThisJvm() {
        System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        System.setProperty("javax.net.ssl.trustStorePassword", password);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                ((SSLSocket) client).startHandshake();
                BufferedReader request =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
                    // The request line and headers: nothing in them changes the answer.
                }
                OutputStream out = client.getOutputStream();
                out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // A client that gave up, or the socket closed: serve the next one, or stop.
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a listening socket cannot usefully fail.
        }
        delete(directory);
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // A temporary directory left behind holds only a throwaway key.
        }
    }
}
