package io.elements4j.cli;

import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** {@code create} arguments that every rule of a provider accepts. */
final class Drafts {

    private Drafts() {}

    static Seq<String> validCreate(ProviderMetadata provider, String name) {
        var rules = provider.ruleProfile();
        List<String> args = List.of(
                "create", "--provider", provider.id(), "--name", name, "--description", "A courier in a red coat");
        if (rules.images().isDefined()) {
            args = args.appendAll(List.of("--frontal", "https://example.com/cli/front.jpg"));
            int extras = Math.min(
                    Math.max(rules.images().get().minExtras(), 1),
                    rules.images().get().maxExtras());
            for (int i = 1; i <= extras; i++) {
                args = args.appendAll(List.of("--extra", "https://example.com/cli/side-" + i + ".jpg"));
            }
        } else {
            args = args.appendAll(List.of("--video", "https://example.com/cli/clip.mp4"));
        }
        if (rules.tags().maxTags() > 0) {
            args = args.appendAll(List.of("--tag", "character"));
        }
        return args;
    }
}
