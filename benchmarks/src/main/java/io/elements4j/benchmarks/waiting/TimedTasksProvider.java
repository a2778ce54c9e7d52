package io.elements4j.benchmarks.waiting;

import io.elements4j.adapter.kling.KlingOfficialElementsProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;

/** Hands the facade one ready {@link TimedTasks}; not registered for discovery. */
final class TimedTasksProvider implements ElementsProvider {

    static final String ID = "timed-tasks";

    private final TimedTasks tasks;

    TimedTasksProvider(TimedTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(
                ID,
                "Timed tasks (benchmark)",
                HashSet.of(Capability.TASK_QUERY),
                new KlingOfficialElementsProvider().metadata().ruleProfile(),
                "http://timed-tasks.invalid",
                List.empty(),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        return tasks;
    }
}
