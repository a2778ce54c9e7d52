package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The training run's https endpoint completes a real handshake, certificate check and host name check included,
 * with a client that trusts only its certificate, answers 404, listens on loopback only and leaves nothing behind.
 */
class TrainingTlsServerTest {

    @Test
    void a_client_trusting_its_certificate_completes_a_handshake_and_gets_an_answer() throws Exception {
        TrainingTlsServer server = TrainingTlsServer.start().getOrElseThrow(AssertionError::new);
        Path directory = server.trustStore().getParent();
        try (server) {
            URI base = URI.create(server.baseUrl());
            assertThat(base.getScheme()).isEqualTo("https");
            assertThat(base.getHost()).isEqualTo("127.0.0.1");

            try (SSLSocket socket =
                    (SSLSocket) trusting(server).getSocketFactory().createSocket(base.getHost(), base.getPort())) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                socket.getOutputStream()
                        .write("GET /v1/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                String status = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                        .readLine();

                assertThat(status).isEqualTo("HTTP/1.1 404 Not Found");
            }
        }
        assertThat(Files.exists(directory))
                .as("its key and certificate are deleted")
                .isFalse();
    }

    private static SSLContext trusting(TrainingTlsServer server) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(server.trustStore())) {
            store.load(in, server.trustStorePassword().toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
