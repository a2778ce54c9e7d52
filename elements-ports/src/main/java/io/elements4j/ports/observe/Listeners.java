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

    /**
     * Each listener sees the response's body only if it wants it; the copy without it is made once, and only when a
     * listener is to be shown less than the event holds.
     */
    @Override
    public void callEnded(CallEnded event) {
        CallEnded withoutBody = event.response().isEmpty() ? event : null;
        for (ElementsListener listener : listeners) {
            try {
                if (shownBody(listener, event.succeeded())) {
                    listener.callEnded(event);
                } else {
                    if (withoutBody == null) {
                        withoutBody = event.withoutBody();
                    }
                    listener.callEnded(withoutBody);
                }
            } catch (RuntimeException ignored) {
                // A listener's bug must never change a call's outcome.
            }
        }
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
        return anyShownBody(false);
    }

    /** Whether any listener is to be shown the body of a call that succeeded. */
    @Override
    public boolean wantsBodiesOfSuccesses() {
        return anyShownBody(true);
    }

    private boolean anyShownBody(boolean succeeded) {
        for (ElementsListener listener : listeners) {
            try {
                if (shownBody(listener, succeeded)) {
                    return true;
                }
            } catch (RuntimeException ignored) {
                // A listener that cannot say is shown no body.
            }
        }
        return false;
    }

    private static boolean shownBody(ElementsListener listener, boolean succeeded) {
        return listener.wantsBodies() && (!succeeded || listener.wantsBodiesOfSuccesses());
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
