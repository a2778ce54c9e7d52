package io.elements4j.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.elements4j.sandbox.CallbackFaults;
import io.elements4j.sandbox.SentCallback;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a simulator's callbacks reach a receiver: retried on the vendor's schedule, faulted on demand, loopback only. */
class CallbackSenderTest {

    private final VirtualTime time = VirtualTime.startingAt(Instant.parse("2026-12-01T10:00:00Z"));
    private final VirtualScheduler scheduler = new VirtualScheduler(time);
    private final java.util.List<String> received = new CopyOnWriteArrayList<>();
    private final java.util.List<String> targets = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseFirst = new AtomicInteger();
    private HttpServer receiver;
    private CallbackSender sender;

    @BeforeEach
    void listen() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes()) + " @" + time.now());
            targets.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(refuseFirst.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        sender = new CallbackSender(
                time.clock(),
                () -> scheduler,
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)),
                body -> LinkedHashMap.of("X-Sig", "s:" + body.length()));
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private void deliver(String body) {
        sender.deliver(url(), "t-1", new CallbackSender.Step(body, true, Option.some("{\"stale\":1}")));
        scheduler.runUntil(() -> scheduler.scheduled() == 0, Duration.ofSeconds(5));
    }

    @Test
    void a_refused_callback_is_retried_after_one_two_and_four_seconds_then_given_up() {
        refuseFirst.set(10);

        deliver("{\"done\":1}");

        assertThat(received)
                .containsExactly(
                        "{\"done\":1} @2026-12-01T10:00:00Z",
                        "{\"done\":1} @2026-12-01T10:00:01Z",
                        "{\"done\":1} @2026-12-01T10:00:03Z",
                        "{\"done\":1} @2026-12-01T10:00:07Z");
        assertThat(sender.sent().map(SentCallback::status)).containsOnly(500);
    }

    @Test
    void a_callback_taken_is_not_sent_again_and_carries_the_signature_headers() {
        deliver("{\"done\":1}");

        assertThat(received).hasSize(1);
        assertThat(sender.sent().head().headers().get("X-Sig").get()).isEqualTo("s:10");
        assertThat(sender.sent().head().delivered()).isTrue();
    }

    @Test
    void faults_drop_duplicate_reorder_and_tamper() {
        sender.faults(new CallbackFaults(1, 0, 0, 0, 1));
        deliver("{\"done\":1}");
        assertThat(received).isEmpty();
        assertThat(sender.dropped()).isEqualTo(1);

        sender.faults(new CallbackFaults(0, 1, 1, 0, 1));
        deliver("{\"done\":2}");
        assertThat(received.stream().map(r -> r.substring(0, r.indexOf(" @"))))
                .containsExactly("{\"done\":2}", "{\"stale\":1}", "{\"done\":2}");

        received.clear();
        sender.faults(new CallbackFaults(0, 0, 0, 1, 1));
        refuseFirst.set(1);
        deliver("{\"done\":3}");
        assertThat(received.get(0)).doesNotStartWith("{\"done\":3}");
        assertThat(received.get(1)).startsWith("{\"done\":3}");
        assertThat(sender.sent().filter(SentCallback::tampered)).hasSize(1);
    }

    @Test
    void a_delayed_callback_arrives_45_seconds_late_and_a_third_of_a_mixed_share_is_each_kind() {
        sender.faults(new CallbackFaults(0, 0, 0, 0, 1, 1));

        deliver("{\"done\":4}");

        assertThat(received).containsExactly("{\"done\":4} @2026-12-01T10:00:45Z");
        assertThat(sender.delayed()).isEqualTo(1);
        CallbackFaults mixed = CallbackFaults.droppedDuplicatedOrDelayed(0.3, 1);
        assertThat(List.of(mixed.drop(), mixed.duplicate(), mixed.delay()))
                .allSatisfy(share -> assertThat(share).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void nothing_off_this_machine_is_ever_called() {
        sender.deliver("https://hooks.example.com/hook", "t-1", new CallbackSender.Step("{}", true, Option.none()));
        sender.deliver("http://10.0.0.7/hook", "t-1", new CallbackSender.Step("{}", true, Option.none()));

        assertThat(sender.sent()).isEmpty();
        assertThat(CallbackSender.loopback("http://localhost:1/x").isDefined()).isTrue();
        assertThat(CallbackSender.loopback("http://[::1]:1/x").isDefined()).isTrue();
        assertThat(CallbackSender.loopback("ftp://127.0.0.1/x").isDefined()).isFalse();
    }

    @Test
    void the_callback_goes_to_the_url_as_given_query_included() {
        sender.deliver(
                url() + "?tenant=7&elements4j-draft=e4j-3f9a:1",
                "t-1",
                new CallbackSender.Step("{\"done\":1}", true, Option.none()));
        scheduler.runUntil(() -> scheduler.scheduled() == 0, Duration.ofSeconds(5));

        assertThat(targets).containsExactly("/hook?tenant=7&elements4j-draft=e4j-3f9a:1");
    }
}
