package io.elements4j.conformance.reference;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RandomFaults;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.VendorSimulator;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A vendor that lives in memory: the reference provider's "server". It keeps the same controls as the HTTP
 * simulators (faults by operation, journal, task progress), so the suite drives it exactly like them.
 */
public final class InMemoryVendor implements VendorSimulator {

    private static final java.util.Map<String, InMemoryVendor> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicLong INSTANCES = new AtomicLong();

    private final String providerId;
    private final String baseUrl;
    private final java.util.List<RecordedRequest> journal = new ArrayList<>();
    private final java.util.List<Armed> faults = new ArrayList<>();
    private final java.util.List<AcceptedCreate> creations = new ArrayList<>();
    private RandomFaults randomFaults = RandomFaults.none();
    final java.util.Map<String, Element> elements = new java.util.LinkedHashMap<>();
    final java.util.Map<String, StoredTask> tasks = new java.util.LinkedHashMap<>();
    int pollsUntilDone = 2;
    Option<String> nextFailure = Option.none();
    private long nextId = 1L << 60;

    record Armed(Option<Operation> operation, Fault fault, int remaining) {}

    /** A task with its progress: polls left before it finishes, and how it ends. */
    static final class StoredTask {
        CreationTask task;
        int pollsLeft;
        Option<String> failure;

        StoredTask(CreationTask task, int pollsLeft, Option<String> failure) {
            this.task = task;
            this.pollsLeft = pollsLeft;
            this.failure = failure;
        }
    }

    public InMemoryVendor(String providerId) {
        this.providerId = providerId;
        this.baseUrl = "memory://" + providerId + "/" + INSTANCES.incrementAndGet();
        RUNNING.put(baseUrl, this);
    }

    static InMemoryVendor at(String baseUrl) {
        return Option.of(RUNNING.get(baseUrl))
                .getOrElseThrow(() -> new IllegalStateException("no in-memory vendor runs at " + baseUrl));
    }

    synchronized String newId() {
        return Long.toString(nextId++);
    }

    /** Records a call and hands back the fault armed for it, if any. */
    synchronized Option<Fault> receive(Operation operation, String detail, Instant at) {
        journal.add(new RecordedRequest(
                "CALL",
                "/" + operation.name().toLowerCase() + detail,
                HashMap.empty(),
                HashMap.empty(),
                "",
                operation,
                at));
        for (int i = 0; i < faults.size(); i++) {
            Armed a = faults.get(i);
            if (a.operation.forAll(op -> op == operation)) {
                if (a.remaining > 1) {
                    faults.set(i, new Armed(a.operation, a.fault, a.remaining - 1));
                } else {
                    faults.remove(i);
                }
                return Option.some(a.fault);
            }
        }
        return randomFaults.draw(operation, kind -> typicalFault(kind, "injected"));
    }

    synchronized void recordCreation(String name, String taskId, Instant at) {
        creations.add(new AcceptedCreate(name, taskId, at));
    }

    @Override
    public synchronized void injectRandomFaults(RandomFaults value) {
        randomFaults = value;
    }

    @Override
    public synchronized Seq<AcceptedCreate> creations() {
        return List.ofAll(creations);
    }

    /** The in-memory vendor has no clock of its own: the client's configuration clock stamps everything. */
    @Override
    public void useClock(Clock clock) {}

    @Override
    public String providerId() {
        return providerId;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String credential() {
        return "mem-secret-7d1f";
    }

    @Override
    public Map<String, String> configuration() {
        return LinkedHashMap.of(
                "elements." + providerId + ".base-url", baseUrl, "elements." + providerId + ".api-key", credential());
    }

    @Override
    public synchronized void reset() {
        journal.clear();
        faults.clear();
        creations.clear();
        randomFaults = RandomFaults.none();
        elements.clear();
        tasks.clear();
        pollsUntilDone = 2;
        nextFailure = Option.none();
    }

    @Override
    public synchronized void injectFault(Operation operation, Fault fault, int times) {
        faults.add(new Armed(Option.some(operation), fault, times));
    }

    @Override
    public synchronized void injectFault(Fault fault, int times) {
        faults.add(new Armed(Option.none(), fault, times));
    }

    @Override
    public Fault typicalFault(ErrorKind kind, String message) {
        return Fault.status(kind.usualStatus(), kind.name(), message);
    }

    @Override
    public synchronized Seq<RecordedRequest> journal() {
        return List.ofAll(journal);
    }

    @Override
    public synchronized void completeTasksAfterPolls(int polls) {
        pollsUntilDone = polls;
    }

    @Override
    public synchronized void failNextCreation(String reason) {
        nextFailure = Option.of(reason);
    }

    @Override
    public synchronized Seq<String> seedElements(int count) {
        Seq<String> ids = List.empty();
        for (int i = 1; i <= count; i++) {
            String id = newId();
            elements.put(id, Element.of(ElementId.of(id), "seed-" + i, ReferenceKind.IMAGE));
            ids = ids.append(id);
        }
        return ids;
    }

    synchronized Seq<Element> activeElements() {
        return List.ofAll(elements.values()).filter(e -> e.status() == ElementStatus.ACTIVE);
    }

    @Override
    public void close() {
        RUNNING.remove(baseUrl);
    }
}
