package io.elements4j.sandbox.core;

import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/** Faults waiting for their requests: each takes the next N requests of its operation (or of any operation). */
final class FaultQueue {

    private record Armed(Option<Operation> operation, Fault fault, int remaining) {}

    private final List<Armed> armed = new ArrayList<>();

    synchronized void add(Option<Operation> operation, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("a fault must apply to at least 1 request: " + times);
        }
        armed.add(new Armed(operation, fault, times));
    }

    /** The fault for this request, if one is armed for it; uses up one of its requests. */
    synchronized Option<Fault> take(Operation operation) {
        for (int i = 0; i < armed.size(); i++) {
            Armed a = armed.get(i);
            if (a.operation.forAll(op -> op == operation)) {
                if (a.remaining > 1) {
                    armed.set(i, new Armed(a.operation, a.fault, a.remaining - 1));
                } else {
                    armed.remove(i);
                }
                return Option.some(a.fault);
            }
        }
        return Option.none();
    }

    synchronized void clear() {
        armed.clear();
    }
}
