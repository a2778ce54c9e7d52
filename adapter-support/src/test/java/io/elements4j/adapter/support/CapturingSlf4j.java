package io.elements4j.adapter.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of adapter-support's tests: silent, except inside {@link #capture}, where every logger — ours,
 * Feign's, Apache HttpClient's — is on at every level and each line is recorded as {@code logger LEVEL message}.
 * That is how a test sees what a user who turns DEBUG on everywhere would see.
 */
public final class CapturingSlf4j implements SLF4JServiceProvider {

    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();
    private static volatile boolean capturing;

    /** Runs {@code action} with every logger on, and returns what was logged meanwhile. */
    static synchronized List<String> capture(Runnable action) {
        LINES.clear();
        capturing = true;
        try {
            action.run();
        } finally {
            capturing = false;
        }
        List<String> lines = new ArrayList<>(LINES);
        LINES.clear();
        return lines;
    }

    private final ILoggerFactory loggers = Logger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {}

    private static final class Logger extends LegacyAbstractLogger {

        Logger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return capturing;
        }

        @Override
        public boolean isDebugEnabled() {
            return capturing;
        }

        @Override
        public boolean isInfoEnabled() {
            return capturing;
        }

        @Override
        public boolean isWarnEnabled() {
            return capturing;
        }

        @Override
        public boolean isErrorEnabled() {
            return capturing;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String message, Object[] arguments, Throwable throwable) {
            if (capturing) {
                LINES.add(name + " " + level + " " + MessageFormatter.basicArrayFormat(message, arguments)
                        + (throwable == null ? "" : " " + throwable));
            }
        }
    }
}
