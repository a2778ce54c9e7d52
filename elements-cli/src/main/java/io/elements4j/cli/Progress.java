package io.elements4j.cli;

import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows a long wait on stderr — the task's state and the time elapsed, rewritten in place — when stderr is a
 * terminal; silent otherwise, so scripts and pipes see nothing of it.
 */
final class Progress {

    private final Output output;
    private final Clock clock;
    private final boolean enabled;
    private Option<Instant> started = Option.none();
    private String what = "";
    private volatile Option<CreationTaskId> task = Option.none();

    Progress(Output output, Clock clock, boolean enabled) {
        this.output = output;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** A wait for {@code what} ("task 42") begins. */
    void start(String what) {
        this.what = what;
        this.started = Option.some(clock.instant());
    }

    /** The task the vendor started or the latest poll reported, if any: what an interrupted wait was for. */
    Option<CreationTaskId> task() {
        return task;
    }

    /** The wait is for this task, known before any poll. */
    void track(CreationTaskId id) {
        this.task = Option.some(id);
    }

    /** A create was answered with {@code started}. */
    void submitted(CreationTask started) {
        this.task = Option.some(started.id());
    }

    /** The task as the latest poll reported it. */
    void observe(CreationTask task) {
        this.task = Option.some(task.id());
        if (!enabled || started.isEmpty()) {
            return;
        }
        String percent = task.progress().map(p -> " " + p + "%").getOrElse("");
        output.progress("waiting for " + what + ": " + task.state() + percent + " · "
                + human(Duration.between(started.get(), clock.instant())) + " elapsed");
    }

    void stop() {
        started = Option.none();
        output.endProgress();
    }

    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1fs", Math.max(0, duration.toMillis()) / 1000.0);
        }
        if (seconds < 60) {
            return seconds + "s";
        }
        return seconds < 3600
                ? String.format("%dm %02ds", seconds / 60, seconds % 60)
                : String.format("%dh %02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
