package io.elements4j.postgres;

import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.callback.SharedTaskUpdates;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Several instances of a host app — behind one load balancer, or workers of one import — sharing what the library
 * would otherwise keep in each process, in the PostgreSQL they already run:
 *
 * <ul>
 *   <li><b>callbacks</b>: a callback any instance accepts is written to {@code elements4j_task_updates} and announced
 *       with {@code NOTIFY}; the waits for its task on every instance (blocking and async) end at once, a wait that
 *       starts later finds it in the table, and a lost notification is made up by reading the table every
 *       {@link Builder#catchUpEvery catch-up period}.</li>
 * </ul>
 *
 * <pre>{@code
 * PostgresFleet fleet = PostgresFleet.builder(dataSource).build();   // creates or migrates the tables
 * Elements elements = fleet.configure(Elements.builder()).build();
 * }</pre>
 *
 * <p>Build one per process over a pooled {@link DataSource} (it holds one connection open to listen, and borrows
 * others briefly), and close it after the facades it configured. Thread-safe.
 */
public final class PostgresFleet implements AutoCloseable {

    /** How often the table is read for the tasks waited for, in case a notification was lost. */
    public static final Duration DEFAULT_CATCH_UP = Duration.ofSeconds(2);
    /** How long a task's recorded state is kept. */
    public static final Duration DEFAULT_TASK_UPDATE_RETENTION = Duration.ofDays(7);

    private final DataSource dataSource;
    private final PostgresTaskUpdates taskUpdates;

    private PostgresFleet(Builder builder) {
        this.dataSource = builder.dataSource;
        FleetSchema.migrate(dataSource);
        this.taskUpdates = new PostgresTaskUpdates(dataSource, builder.catchUp, builder.retention);
    }

    /**
     * Starts configuring a fleet on {@code dataSource}.
     *
     * @param dataSource the shared PostgreSQL, preferably pooled
     * @return a builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * The shared record of callbacks, for {@link ElementsBuilder#sharedTaskUpdates}.
     *
     * @return the record
     */
    public SharedTaskUpdates taskUpdates() {
        return taskUpdates;
    }

    /**
     * Makes a facade one of the fleet: its callbacks shared.
     *
     * @param builder the facade's builder, configured otherwise as usual
     * @return the same builder
     */
    public ElementsBuilder configure(ElementsBuilder builder) {
        return builder.sharedTaskUpdates(taskUpdates);
    }

    /**
     * The database the fleet shares.
     *
     * @return the data source it was built on
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Reads the table for every task waited for now, as the catch-up does every period. */
    void catchUpNow() {
        taskUpdates.catchUpNow();
    }

    /** Completes once notifications are listened for. */
    CompletableFuture<Void> listeningNow() {
        return taskUpdates.listeningNow();
    }

    /** Stops listening; close the facades it configured first. */
    @Override
    public void close() {
        taskUpdates.close();
    }

    /** Configures a {@link PostgresFleet}; every setting but the data source is optional. */
    public static final class Builder {
        private final DataSource dataSource;
        private Duration catchUp = DEFAULT_CATCH_UP;
        private Duration retention = DEFAULT_TASK_UPDATE_RETENTION;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * How often the table is read for the tasks waited for on this instance, in case a notification was lost
         * (default {@link #DEFAULT_CATCH_UP}): the longest a lost notification delays a wait.
         *
         * @param value the period, at least 10 ms
         * @return this builder
         * @throws IllegalArgumentException when shorter than 10 ms
         */
        public Builder catchUpEvery(Duration value) {
            if (value.compareTo(Duration.ofMillis(10)) < 0) {
                throw new IllegalArgumentException("catchUpEvery must be at least 10 ms: " + value);
            }
            this.catchUp = value;
            return this;
        }

        /**
         * How long a task's recorded state is kept after its last change (default
         * {@link #DEFAULT_TASK_UPDATE_RETENTION}); older rows are deleted hourly by any instance.
         *
         * @param value the retention, at least a minute
         * @return this builder
         * @throws IllegalArgumentException when shorter than a minute
         */
        public Builder keepTaskUpdatesFor(Duration value) {
            if (value.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("keepTaskUpdatesFor must be at least a minute: " + value);
            }
            this.retention = value;
            return this;
        }

        /**
         * Creates or migrates the tables and builds the fleet.
         *
         * @return the fleet
         * @throws IllegalStateException when the database cannot be reached or migrated
         */
        public PostgresFleet build() {
            return new PostgresFleet(this);
        }
    }
}
