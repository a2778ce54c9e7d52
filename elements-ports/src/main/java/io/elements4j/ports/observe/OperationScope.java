package io.elements4j.ports.observe;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The facade operation running on this thread ({@code submit}, {@code list}, …), so the calls an adapter makes for
 * it are reported under that name. The facade opens one per operation; adapters read it.
 */
public final class OperationScope {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private OperationScope() {}

    /**
     * Runs {@code body} as {@code operation}, restoring the previous one afterwards.
     *
     * @param operation the operation's name
     * @param body      what to run
     * @param <T>       what it answers
     * @return what {@code body} answered
     */
    public static <T> T within(String operation, Supplier<T> body) {
        Objects.requireNonNull(operation, "operation");
        String previous = CURRENT.get();
        CURRENT.set(operation);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * The operation running on this thread.
     *
     * @return its name, or none outside any
     */
    public static Option<String> current() {
        return Option.of(CURRENT.get());
    }
}
