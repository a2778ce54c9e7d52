package io.elements4j.conformance;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.CallbackFaults;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualScheduler;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Many creates awaited through callbacks at once, on the async facade and virtual time: the simulator finishes each
 * task on time and calls the receiver back (through real HTTP on loopback) with the callback faults armed, and the
 * waits poll only as a safety net. Then each answer is compared with what the vendor made.
 */
public final class CallbackSoak {

    private CallbackSoak() {}

    /**
     * What a callback soak found.
     *
     * @param creates      drafts sent
     * @param succeeded    waits that ended in success with the element the vendor made
     * @param misreported  waits whose answer differs from what the vendor did
     * @param polls        task polls the vendor received
     * @param sent         callback attempts the vendor made
     * @param dropped      callbacks a fault dropped
     * @param refused      callback attempts the receiver refused (tampered ones)
     * @param problems     one line per answer that broke the contract
     */
    public record Tally(
            int creates,
            int succeeded,
            int misreported,
            int polls,
            int sent,
            int dropped,
            int refused,
            Seq<String> problems) {

        /**
         * Polls per create.
         *
         * @return the average number of polls each wait needed
         */
        public double pollsPerCreate() {
            return creates == 0 ? 0 : (double) polls / creates;
        }

        /**
         * One line for a report.
         *
         * @return the tally in words
         */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "%d creates awaited through callbacks: %d succeeded, %d misreported, "
                            + "%.3f polls per create (%d polls), %d callback attempts, %d dropped, %d refused",
                    creates,
                    succeeded,
                    misreported,
                    pollsPerCreate(),
                    polls,
                    sent,
                    dropped,
                    refused);
        }
    }

    /**
     * Runs the soak.
     *
     * @param elements  an async-capable facade on {@code scheduler}'s virtual time, with a receiver listening
     * @param vendor    its simulator, on the same scheduler and time
     * @param scheduler the virtual scheduler both run on
     * @param draft     the i-th draft (1-based), each with its own name and the receiver's callback URL
     * @param creates   how many drafts
     * @param faults    the callback faults to arm
     * @param await     how to wait (the safety net replaces its backoff)
     * @return what happened, compared with what the vendor did
     */
    public static Tally run(
            Elements elements,
            VendorSimulator vendor,
            VirtualScheduler scheduler,
            IntFunction<ElementDraft> draft,
            int creates,
            CallbackFaults faults,
            AwaitOptions await) {
        Seq<ElementDraft> drafts = List.rangeClosed(1, creates).map(draft::apply);
        vendor.injectCallbackFaults(faults);
        int pollsBefore = vendor.count(Operation.TASK);
        java.util.List<CompletableFuture<Either<ElementsError, Awaited<CreationTask>>>> waits = new ArrayList<>();
        for (ElementDraft each : drafts) {
            waits.add(elements.async().createAndAwait(each, await));
        }
        scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone), Duration.ofSeconds(30));
        int polls = vendor.count(Operation.TASK) - pollsBefore;
        Map<String, Seq<AcceptedCreate>> made =
                vendor.creations().groupBy(AcceptedCreate::name).mapValues(Seq::toList);
        java.util.List<String> problems = new ArrayList<>();
        int succeeded = 0;
        int misreported = 0;
        for (int i = 0; i < creates; i++) {
            ElementDraft d = drafts.get(i);
            Either<ElementsError, Awaited<CreationTask>> outcome = waits.get(i).join();
            Seq<AcceptedCreate> byName = made.get(d.name()).getOrElse(List.empty());
            if (outcome.isLeft()) {
                misreported++;
                problems.add("'" + d.name() + "' ended "
                        + outcome.getLeft().getClass().getSimpleName() + ": "
                        + outcome.getLeft().message());
            } else if (byName.size() != 1
                    || !byName.head().taskId().equals(outcome.get().value().id().value())
                    || outcome.get().value().elementIds().isEmpty()) {
                misreported++;
                problems.add("'" + d.name() + "' succeeded as "
                        + outcome.get().value().id() + " with "
                        + outcome.get().value().elementIds() + ", but the vendor made "
                        + byName.map(AcceptedCreate::taskId));
            } else {
                succeeded++;
            }
        }
        int refused = vendor.callbacksSent().count(sent -> !sent.delivered());
        return new Tally(
                creates,
                succeeded,
                misreported,
                polls,
                vendor.callbacksSent().size(),
                vendor.callbacksDropped(),
                refused,
                List.ofAll(problems));
    }
}
