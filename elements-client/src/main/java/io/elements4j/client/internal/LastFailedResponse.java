package io.elements4j.client.internal;

import io.elements4j.ports.observe.CallEnded;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.RawResponse;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps the raw answer of the last call that failed with a response: {@code Elements.lastFailedResponse()}. */
final class LastFailedResponse implements ElementsListener {

    private final AtomicReference<RawResponse> last = new AtomicReference<>();

    @Override
    public void callEnded(CallEnded event) {
        if (!event.succeeded()) {
            event.response().forEach(last::set);
        }
    }

    @Override
    public boolean wantsBodies() {
        return true;
    }

    /** Successes are not kept, so a call that succeeds need not copy and redact its body for this listener. */
    @Override
    public boolean wantsBodiesOfSuccesses() {
        return false;
    }

    Option<RawResponse> last() {
        return Option.of(last.get());
    }
}
