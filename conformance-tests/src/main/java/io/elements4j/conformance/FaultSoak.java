package io.elements4j.conformance;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.CallbackFaults;
import io.elements4j.sandbox.RandomFaults;
import io.elements4j.sandbox.VendorSimulator;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Many creates through the facade while random faults strike every kind of request, then each answer compared with
 * what the vendor really did. This is the measure a host app trusts the library by: no create made twice, no create
 * the vendor made reported as a definite failure, no wait reported as failed that did not fail, and every answer
 * whose truth is unknown carrying what the caller needs to find out (the task id or the draft's key).
 */
public final class FaultSoak {

    private FaultSoak() {}

    /**
     * What a soak found.
     *
     * @param creates          drafts sent
     * @param succeeded        creates awaited to success
     * @param duplicates       drafts the vendor made more than once (extra copies counted)
     * @param lost             drafts the vendor made whose caller got a definite failure without the task id
     * @param misreported      waits that answered a failure the vendor never reported
     * @param unresolvedWaits  waits that ended without a definite answer, carrying the task id
     * @param ambiguousMade    creates left ambiguous (with the draft's key) that the vendor had made
     * @param ambiguousNotMade creates left ambiguous that the vendor had not made
     * @param failedUnmade     definite failures of creates the vendor did not make (nothing lost)
     * @param problems         one line per answer that broke the contract
     * @param faults           what was injected, by operation and kind
     */
    public record Tally(
            int creates,
            int succeeded,
            int duplicates,
            int lost,
            int misreported,
            int unresolvedWaits,
            int ambiguousMade,
            int ambiguousNotMade,
            int failedUnmade,
            Seq<String> problems,
            String faults) {

        /**
         * One line for a report.
         *
         * @return the tally in words
         */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "%d creates: %d succeeded, %d duplicates, %d lost, %d misreported, "
                            + "%d waits unresolved (with task id), %d ambiguous that the vendor had made, %d ambiguous "
                            + "it had not, %d definite failures of creates never made; faults: %s",
                    creates,
                    succeeded,
                    duplicates,
                    lost,
                    misreported,
                    unresolvedWaits,
                    ambiguousMade,
                    ambiguousNotMade,
                    failedUnmade,
                    faults);
        }
    }

    /**
     * Runs the soak: {@code creates} drafts one after another, each created and awaited, with {@code faults} armed on
     * the vendor for the whole run (and disarmed after).
     *
     * @param elements the facade under test
     * @param vendor   its simulated vendor
     * @param draft    the i-th draft (1-based); every draft needs a name of its own
     * @param creates  how many drafts
     * @param faults   the random faults to arm
     * @param await    how to wait for each task
     * @return what happened, compared with what the vendor did
     */
    public static Tally run(
            Elements elements,
            VendorSimulator vendor,
            IntFunction<ElementDraft> draft,
            int creates,
            RandomFaults faults,
            AwaitOptions await) {
        return run(elements, vendor, draft, creates, faults, CallbackFaults.none(), await);
    }

    /**
     * Runs the soak with callbacks on: each draft carries the receiver's callback URL, and the vendor's callbacks are
     * faulted too. A create whose answer was lost is then resolved by its callback, which names its draft.
     *
     * @param elements       the facade under test, whose callbacks a receiver hands it
     * @param vendor         its simulated vendor, calling back on the facade's time
     * @param draft          the i-th draft (1-based), each with its own name and the receiver's callback URL
     * @param creates        how many drafts
     * @param faults         the random faults to arm on requests
     * @param callbackFaults the faults to arm on the vendor's callbacks
     * @param await          how to wait for each task
     * @return what happened, compared with what the vendor did
     */
    public static Tally run(
            Elements elements,
            VendorSimulator vendor,
            IntFunction<ElementDraft> draft,
            int creates,
            RandomFaults faults,
            CallbackFaults callbackFaults,
            AwaitOptions await) {
        Seq<ElementDraft> drafts = List.rangeClosed(1, creates).map(draft::apply);
        java.util.List<Either<ElementsError, Awaited<CreationTask>>> outcomes = new ArrayList<>();
        boolean callbacks = !callbackFaults.equals(CallbackFaults.none());
        if (callbacks) {
            vendor.injectCallbackFaults(callbackFaults);
        }
        vendor.injectRandomFaults(faults);
        try {
            for (ElementDraft each : drafts) {
                outcomes.add(elements.createAndAwait(each, await));
            }
        } finally {
            vendor.injectRandomFaults(RandomFaults.none());
            if (callbacks) {
                vendor.injectCallbackFaults(CallbackFaults.none());
            }
        }
        Map<String, Seq<AcceptedCreate>> made =
                vendor.creations().groupBy(AcceptedCreate::name).mapValues(Seq::toList);
        Counter c = new Counter();
        for (int i = 0; i < creates; i++) {
            c.judge(
                    drafts.get(i),
                    outcomes.get(i),
                    made.get(drafts.get(i).name()).getOrElse(List.empty()));
        }
        return new Tally(
                creates,
                c.succeeded,
                c.duplicates,
                c.lost,
                c.misreported,
                c.unresolved,
                c.ambiguousMade,
                c.ambiguousNotMade,
                c.failedUnmade,
                List.ofAll(c.problems),
                faults.summary());
    }

    /** The running tally, draft by draft. */
    private static final class Counter {
        int succeeded;
        int duplicates;
        int lost;
        int misreported;
        int unresolved;
        int ambiguousMade;
        int ambiguousNotMade;
        int failedUnmade;
        final java.util.List<String> problems = new ArrayList<>();

        void judge(ElementDraft draft, Either<ElementsError, Awaited<CreationTask>> outcome, Seq<AcceptedCreate> made) {
            String name = "'" + draft.name() + "'";
            if (made.size() > 1) {
                duplicates += made.size() - 1;
                problems.add(name + " was made " + made.size() + " times: "
                        + made.map(AcceptedCreate::taskId).mkString(", "));
            }
            if (outcome.isRight()) {
                succeeded++;
                String task = outcome.get().value().id().value();
                if (made.isEmpty() || !made.exists(m -> m.taskId().equals(task))) {
                    problems.add(name + " succeeded as task " + task + ", which the vendor did not make");
                }
                return;
            }
            ElementsError error = outcome.getLeft();
            if (error instanceof ElementsError.TaskFailed) {
                misreported++;
                problems.add(name + " was reported failed, though the vendor never failed it: " + error.message());
            } else if (error instanceof ElementsError.TaskStateUnknown unknown) {
                unresolved++;
                if (made.nonEmpty()
                        && !made.exists(m -> m.taskId().equals(unknown.taskId().value()))) {
                    problems.add(name + "'s unresolved wait names task " + unknown.taskId() + ", not the vendor's");
                }
            } else if (error instanceof ElementsError.CreationUnknown unknown) {
                if (!unknown.idempotencyKey().equals(draft.idempotencyKey())) {
                    problems.add(name + " was left ambiguous without its draft's key");
                }
                if (made.nonEmpty()) {
                    ambiguousMade++;
                } else {
                    ambiguousNotMade++;
                }
            } else if (made.nonEmpty()) {
                lost++;
                problems.add(name + " was made (task " + made.head().taskId() + ") but the caller was told: "
                        + error.getClass().getSimpleName() + ": " + error.message());
            } else if (error instanceof ElementsError.ProviderFailure failure && failure.ambiguous()) {
                problems.add(name + " was left ambiguous as a bare ProviderFailure, without the draft's key");
            } else {
                failedUnmade++;
            }
        }
    }
}
