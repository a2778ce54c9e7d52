package io.elements4j.postgres;

import io.elements4j.client.callback.SharedTaskUpdates;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SharedTaskUpdates} in {@code elements4j_task_updates}: a callback accepted by any instance is a row there
 * (the record of truth) and a {@code NOTIFY} on {@value TaskUpdateTable#CHANNEL}. One thread per fleet holds a
 * connection that {@code LISTEN}s: on a notification for a task some facade here waits for, it reads the task's row
 * and delivers it. Every {@code catchUp} period it also reads the rows of every task waited for here, so a
 * notification lost (a dropped connection, a restart of the database) delays a wait by that period at most, never
 * until the vendor's safety-net poll. It reconnects after a failure and catches up at once.
 */
final class PostgresTaskUpdates implements SharedTaskUpdates, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTaskUpdates.class);
    /** How long the listening thread blocks for notifications at most, so closing it never waits longer. */
    private static final int MAX_BLOCK_MILLIS = 250;

    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final int CHUNK = 1000;

    private final DataSource dataSource;
    private final Duration catchUp;
    private final Duration retention;
    private final CopyOnWriteArrayList<Opened> channels = new CopyOnWriteArrayList<>();
    private Thread listener;
    private volatile boolean closed;
    private volatile CompletableFuture<Void> listeningNow = new CompletableFuture<>();

    PostgresTaskUpdates(DataSource dataSource, Duration catchUp, Duration retention) {
        this.dataSource = dataSource;
        this.catchUp = catchUp;
        this.retention = retention;
    }

    @Override
    public synchronized Channel open(String providerId, Receiver receiver) {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(receiver, "receiver");
        if (closed) {
            throw new IllegalStateException("this fleet is closed");
        }
        if (providerId.length() > TaskUpdateTable.MAX_PROVIDER) {
            throw new IllegalArgumentException(
                    "a provider id of at most " + TaskUpdateTable.MAX_PROVIDER + " characters: " + providerId);
        }
        Opened opened = new Opened(providerId, receiver);
        channels.add(opened);
        if (listener == null) {
            listener = new Thread(this::listen, "elements4j-fleet-listener");
            listener.setDaemon(true);
            listener.start();
        }
        return opened;
    }

    /** Completes once the connection is listening: a test waits for it before it counts on a notification. */
    CompletableFuture<Void> listeningNow() {
        return listeningNow;
    }

    /** One facade's channel. */
    private final class Opened implements Channel {
        private final String provider;
        private final Receiver receiver;

        Opened(String provider, Receiver receiver) {
            this.provider = provider;
            this.receiver = receiver;
        }

        @Override
        public void record(CreationTask task) {
            Objects.requireNonNull(task, "task");
            try (Connection c = dataSource.getConnection()) {
                if (!c.getAutoCommit()) {
                    TaskUpdateTable.record(c, provider, task);
                    c.commit();
                } else {
                    TaskUpdateTable.record(c, provider, task);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot record the state of task " + task.id().value() + " in " + "PostgreSQL: "
                                + e.getMessage(),
                        e);
            }
        }

        @Override
        public Option<CreationTask> find(CreationTaskId task) {
            try (Connection c = dataSource.getConnection()) {
                return TaskUpdateTable.find(c, provider, task);
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot read the state of task " + task.value() + " from PostgreSQL: " + e.getMessage(), e);
            }
        }

        @Override
        public Option<CreationTask> findByDraft(IdempotencyKey draft) {
            try (Connection c = dataSource.getConnection()) {
                return TaskUpdateTable.findByDrafts(c, provider, List.of(draft)).headOption();
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot read the task of a draft from PostgreSQL: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            channels.remove(this);
        }
    }

    /** The listening thread: notifications as they come, a catch-up every period, a purge every hour. */
    private void listen() {
        long backoff = 100;
        long nextPurge = System.nanoTime();
        while (!closed) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + TaskUpdateTable.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                backoff = 100;
                catchUp(c);
                listeningNow.complete(null);
                long nextCatchUp = System.nanoTime() + catchUp.toNanos();
                while (!closed) {
                    long waitMillis =
                            Math.max(1, Math.min(MAX_BLOCK_MILLIS, (nextCatchUp - System.nanoTime()) / 1_000_000));
                    PGNotification[] got = pg.getNotifications((int) waitMillis);
                    if (got != null && got.length > 0) {
                        delivered(c, got);
                    }
                    if (System.nanoTime() - nextCatchUp >= 0) {
                        catchUp(c);
                        nextCatchUp = System.nanoTime() + catchUp.toNanos();
                    }
                    if (System.nanoTime() - nextPurge >= 0) {
                        TaskUpdateTable.purge(c, retention);
                        nextPurge = System.nanoTime() + PURGE_EVERY.toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listeningNow.isDone()) {
                    listeningNow = new CompletableFuture<>();
                }
                if (closed) {
                    return;
                }
                LOG.warn(
                        "the connection listening for task updates failed ({}); reconnecting in {} ms",
                        e.getMessage(),
                        backoff);
                pause(backoff);
                backoff = Math.min(backoff * 2, catchUp.toMillis() * 4 + 100);
            }
        }
    }

    /** The notified tasks some facade here waits for: read and delivered. */
    private void delivered(Connection c, PGNotification[] notifications) throws SQLException {
        Map<String, List<CreationTaskId>> byProvider = new LinkedHashMap<>();
        for (PGNotification n : notifications) {
            String payload = n.getParameter();
            int space = payload.indexOf(' ');
            if (space <= 0) {
                continue;
            }
            String provider = payload.substring(0, space);
            CreationTaskId task = CreationTaskId.of(payload.substring(space + 1));
            if (channels.stream()
                    .anyMatch(o -> o.provider.equals(provider) && (o.receiver.waitsFor(task) || waitsForDrafts(o)))) {
                byProvider.merge(provider, List.of(task), List::appendAll);
            }
        }
        for (Map.Entry<String, List<CreationTaskId>> entry : byProvider.entrySet()) {
            deliver(c, entry.getKey(), entry.getValue().distinct());
        }
    }

    /**
     * Reads the rows of every task waited for here, and of every draft waited for by key, and delivers them: what a
     * lost notification would have said.
     */
    void catchUp(Connection c) throws SQLException {
        for (Opened opened : channels) {
            Seq<CreationTaskId> waited = opened.receiver.waitedFor().toList();
            for (Seq<CreationTaskId> chunk : waited.grouped(CHUNK)) {
                for (CreationTask task : TaskUpdateTable.findAll(c, opened.provider, chunk)) {
                    opened.receiver.deliver(task);
                }
            }
            Seq<IdempotencyKey> drafts = opened.receiver.draftsWaitedFor().toList();
            for (Seq<IdempotencyKey> chunk : drafts.grouped(CHUNK)) {
                for (CreationTask task : TaskUpdateTable.findByDrafts(c, opened.provider, chunk)) {
                    opened.receiver.deliver(task);
                }
            }
        }
    }

    /** Whether a facade waits for a draft's callback: any notified row may name it, so each is read. */
    private static boolean waitsForDrafts(Opened opened) {
        return !opened.receiver.draftsWaitedFor().isEmpty();
    }

    /** Runs a catch-up now on a connection of its own (what the listening thread does every period). */
    void catchUpNow() {
        try (Connection c = dataSource.getConnection()) {
            catchUp(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the task updates: " + e.getMessage(), e);
        }
    }

    private void deliver(Connection c, String provider, Seq<CreationTaskId> tasks) throws SQLException {
        Seq<CreationTask> found = TaskUpdateTable.findAll(c, provider, tasks);
        for (Opened opened : channels) {
            if (opened.provider.equals(provider)) {
                found.filter(t -> opened.receiver.waitsFor(t.id())
                                || t.idempotencyKey().exists(opened.receiver::waitsForDraft))
                        .forEach(opened.receiver::deliver);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = listener;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        channels.clear();
    }
}
