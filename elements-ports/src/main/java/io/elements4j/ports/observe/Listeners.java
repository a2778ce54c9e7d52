package io.elements4j.ports.observe;

import java.util.List;
import java.util.function.Consumer;

/** Fans events out to several listeners, each protected from the others' exceptions. */
final class Listeners implements ElementsListener {

    static final ElementsListener NONE = new ElementsListener() {
        @Override
        public String toString() {
            return "ElementsListener.none()";
        }
    };

    private final List<ElementsListener> listeners;

    Listeners(List<ElementsListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void callStarted(CallStarted event) {
        each(l -> l.callStarted(event));
    }

    @Override
    public void callRetried(CallRetried event) {
        each(l -> l.callRetried(event));
    }

    @Override
    public void callEnded(CallEnded event) {
        CallEnded withoutBody = event.withoutBody();
        each(l -> l.callEnded(l.wantsBodies() ? event : withoutBody));
    }

    @Override
    public void waitStarted(WaitStarted event) {
        each(l -> l.waitStarted(event));
    }

    @Override
    public void waitEnded(WaitEnded event) {
        each(l -> l.waitEnded(event));
    }

    @Override
    public boolean wantsBodies() {
        return listeners.stream().anyMatch(ElementsListener::wantsBodies);
    }

    private void each(Consumer<ElementsListener> tell) {
        for (ElementsListener listener : listeners) {
            try {
                tell.accept(listener);
            } catch (RuntimeException ignored) {
                // A listener's bug must never change a call's outcome.
            }
        }
    }
}
