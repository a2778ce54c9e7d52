package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `elements callbacks`: waits ended by the sandbox's callbacks to a receiver on this machine, offline. The sandbox
 * calls back on its own clock, about 2 s after each create, so these runs wait in real time (the conformance suite's
 * callbacks group runs the same loop on virtual time).
 */
class CallbacksCommandTest {

    @Test
    void the_sandbox_calls_back_and_the_waits_end_without_polls() {
        assumeThat(Simulated.has("evolink"))
                .as("the Evolink adapter is on the class path")
                .isTrue();

        CliResult run = new CliRunner().realTime().run("callbacks", "--provider", "evolink", "--count", "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("Receiving callbacks at http://127.0.0.1:")
                .containsPattern("1\\. task \\S+ succeeded -> \\d+ +\\(by callback, no poll\\)")
                .contains("2 of 2 completed by callback; 2 callbacks accepted, 0 refused");
    }

    @Test
    void as_json_it_counts_what_came_by_callback() {
        assumeThat(Simulated.has("kling-official")).isTrue();

        CliResult run =
                new CliRunner().realTime().run("callbacks", "--provider", "kling-official", "--count", "1", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) run.json().get("result");
        assertThat(String.valueOf(result.get("created"))).isEqualTo("1");
        assertThat(String.valueOf(result.get("completedByCallback")))
                .as(run.toString())
                .isEqualTo("1");
    }

    @Test
    void a_vendor_that_does_not_call_back_is_refused_before_anything_starts() {
        assumeThat(Simulated.has("useapi")).isTrue();

        CliResult run = new CliRunner().run("callbacks", "--provider", "useapi");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.err()).containsIgnoringCase("callback");
        assertThat(run.err()).doesNotContain("sandbox at");
    }
}
