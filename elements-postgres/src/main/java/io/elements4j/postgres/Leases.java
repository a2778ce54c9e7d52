package io.elements4j.postgres;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one instance holds under lease — account slots, claimed drafts — renewed together a few times per lease
 * period while the instance lives, on one daemon thread. An instance that dies stops renewing; its leases end and
 * the others take what it held.
 */
final class Leases implements AutoCloseable {

    /** Something whose leases are renewed. */
    @FunctionalInterface
    interface Renewable {
        /** Extends every lease it holds by the lease period; throws when the database cannot be reached. */
        void renew() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Leases.class);

    private final String instance;
    private final Duration period;
    private final CopyOnWriteArrayList<Renewable> held = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService renewer;

    Leases(String instance, Duration period) {
        this.instance = instance;
        this.period = period;
    }

    /** The name this instance holds its leases under. */
    String instance() {
        return instance;
    }

    /** How long a lease lasts without renewal. */
    Duration period() {
        return period;
    }

    /** Renews {@code renewable}'s leases from now on. */
    synchronized void add(Renewable renewable) {
        held.add(renewable);
        if (renewer == null) {
            renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "elements4j-fleet-leases");
                thread.setDaemon(true);
                return thread;
            });
            long every = Math.max(1, period.toMillis() / 3);
            renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void remove(Renewable renewable) {
        held.remove(renewable);
    }

    void renewAll() {
        for (Renewable renewable : held) {
            try {
                renewable.renew();
            } catch (Exception e) {
                LOG.warn(
                        "cannot renew the leases of {} ({}); trying again in {} ms",
                        instance,
                        e.getMessage(),
                        period.toMillis() / 3);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (renewer != null) {
            renewer.shutdownNow();
        }
        held.clear();
    }
}
