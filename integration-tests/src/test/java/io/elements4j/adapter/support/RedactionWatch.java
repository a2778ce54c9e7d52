package io.elements4j.adapter.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * For tests outside adapter-support: while open, records every text {@link Redaction} scans on the thread that
 * opened it (calls made through the facade redact on the caller's thread).
 */
public final class RedactionWatch implements AutoCloseable {

    private final Thread watched = Thread.currentThread();
    private final List<String> scanned = new CopyOnWriteArrayList<>();

    private RedactionWatch() {}

    /** Starts recording; close it to stop. */
    public static RedactionWatch open() {
        RedactionWatch watch = new RedactionWatch();
        Redaction.scanning = text -> {
            if (Thread.currentThread() == watch.watched) {
                watch.scanned.add(text);
            }
        };
        return watch;
    }

    /** The texts scanned so far, in order. */
    public List<String> scanned() {
        return List.copyOf(scanned);
    }

    @Override
    public void close() {
        Redaction.scanning = null;
    }
}
