package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.args;
import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error line has one shape: {@code error: <what failed> ... — <one next step>}, with the vendor's own words
 * when the vendor answered, each id once, and a next step that works for this provider: every command it suggests
 * is one the provider offers, names the provider, and is not a later command into a sandbox that is gone by then.
 */
class ErrorLineShapeTest {

    private static final Pattern SUGGESTED = Pattern.compile("`elements ([a-z]+)([^`]*)`");
    private static final Pattern REQUEST_ID = Pattern.compile("request id ([\\w-]+)");

    /** Failing commands a user meets early, for one provider. */
    private static Seq<String[]> failures(ProviderMetadata provider) {
        String id = provider.id();
        return List.of(
                new String[] {"get", "987654321987654321", "--provider", id},
                new String[] {"task", "987654321", "--provider", id},
                new String[] {"await", "987654321", "--provider", id, "--timeout", "1m"},
                new String[] {"list", "--provider", id},
                new String[] {"presets", "--provider", id},
                new String[] {"voices", "--provider", id},
                new String[] {"delete", "not-an-element", "--provider", id},
                args(Drafts.validCreate(provider, "Keyed Hero"), "--idempotency-key", "abc-123"),
                args(Drafts.validCreate(provider, "A name far too long for any vendor")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#ids")
    void on_a_one_shot_sandbox(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        for (String[] command : failures(provider)) {
            check(provider, new CliRunner(), command, true);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#ids")
    void on_a_configured_vendor(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            for (String[] command : failures(provider)) {
                check(provider, new CliRunner().properties(vendor.configuration()), command, false);
            }
        }
    }

    private static void check(ProviderMetadata provider, CliRunner cli, String[] command, boolean oneShot) {
        CliResult text = cli.run(command);
        if (text.exitCode() == 0) {
            return;
        }
        String described = String.join(" ", command) + "\n" + text;
        Seq<String> errors = List.ofAll(text.err().lines().toList()).filter(line -> line.startsWith("error: "));
        assertThat(errors).as(described).hasSize(1);
        String line = errors.head();

        if (text.exitCode() != ExitCode.RULES.code()) {
            assertThat(line.split(" — ", -1))
                    .as("one next step, after one dash: " + described)
                    .hasSize(2);
        }
        Matcher ids = REQUEST_ID.matcher(line);
        java.util.List<String> seen = new ArrayList<>();
        while (ids.find()) {
            assertThat(seen).as("each request id once: " + described).doesNotContain(ids.group(1));
            seen.add(ids.group(1));
        }
        assertThat(line.split("may have been accepted", -1).length)
                .as(described)
                .isLessThanOrEqualTo(2);

        Matcher suggested = SUGGESTED.matcher(line);
        while (suggested.find()) {
            String sub = suggested.group(1);
            capabilityOf(sub)
                    .forEach(needed -> assertThat(provider.supports(needed))
                            .as("suggests `elements " + sub + "`, which " + provider.id() + " lacks: " + described)
                            .isTrue());
            if (!List.of("providers", "sandbox", "create").contains(sub)) {
                assertThat(suggested.group(2))
                        .as("names the provider: " + described)
                        .contains("--provider " + provider.id());
                assertThat(oneShot)
                        .as("no later command into a one-shot sandbox: " + described)
                        .isFalse();
            }
        }

        CliResult json = cli.run(args(List.of(command), "--json"));
        Map<String, Object> error = object(json.json(), "error");
        Object vendorMessage = error.get("vendorMessage");
        if (vendorMessage != null) {
            // Each run gets its own request id; the words around it are the vendor's.
            assertThat(withoutIds(line))
                    .as("the vendor's own words: " + described)
                    .contains(withoutIds(vendorMessage.toString()));
        }
    }

    private static String withoutIds(String text) {
        return REQUEST_ID.matcher(text).replaceAll("request id <id>");
    }

    private static Option<Capability> capabilityOf(String command) {
        return Option.of(
                switch (command) {
                    case "list" -> Capability.LIST;
                    case "get" -> Capability.FIND;
                    case "task", "await" -> Capability.TASK_QUERY;
                    case "presets" -> Capability.PRESETS;
                    case "delete" -> Capability.DELETE;
                    case "voices" -> Capability.VOICE_CATALOGUE;
                    case "tags" -> Capability.TAG_CATALOGUE;
                    default -> null;
                });
    }
}
