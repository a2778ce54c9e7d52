package io.elements4j.postgres;

import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.bulk.ConcurrencyBudget;
import io.elements4j.client.callback.SharedTaskUpdates;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
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
 *   <li><b>an account's parallel tasks</b> ({@link #accountBudget}): slots leased in {@code elements4j_account_slots},
 *       one per task the account may run at once, taken by every bulk run of every instance before a draft starts,
 *       so together they stay at the account's limit.</li>
 *   <li><b>bulk runs</b> ({@link #bulkRun}): drafts enqueued once by key in {@code elements4j_bulk_drafts}, claimed
 *       by any number of workers under leases; a dead worker's drafts are taken over when its lease ends and resolved
 *       through the vendor before anything is sent again.</li>
 * </ul>
 *
 * <pre>{@code
 * PostgresFleet fleet = PostgresFleet.builder(dataSource).build();   // creates or migrates the tables
 * Elements elements = fleet.configure(Elements.builder())
 *         .concurrencyBudget(fleet.accountBudget("kling-main", 20))   // the account's parallel-task limit
 *         .build();
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
    /** How long what an instance holds (slots, claimed drafts) stays its own after it last renewed it. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final PostgresTaskUpdates taskUpdates;
    private final Leases leases;

    private PostgresFleet(Builder builder) {
        this.dataSource = builder.dataSource;
        FleetSchema.migrate(dataSource);
        this.taskUpdates = new PostgresTaskUpdates(dataSource, builder.catchUp, builder.retention);
        this.leases = new Leases(builder.instance, builder.lease);
    }

    /**
     * Starts configuring a fleet on {@code dataSource}.
     *
     * @param dataSource the shared PostgreSQL, preferably pooled
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
     * The parallel tasks of one vendor account, shared by every bulk run on it in every instance of the fleet, for
     * {@link ElementsBuilder#concurrencyBudget}. Give every instance the same account name and limit.
     *
     * @param account        a name for the account (say, the provider id and which key): at most 200 characters
     * @param parallelTasks  how many tasks the account may run at once (its plan's limit), at least 1
     * @return the budget; its slots held by this instance are renewed while the fleet is open
     * @throws IllegalArgumentException when the name is empty or too long, or the limit is below 1
     * @throws IllegalStateException when the database cannot be reached
     */
    public ConcurrencyBudget accountBudget(String account, int parallelTasks) {
        Objects.requireNonNull(account, "account");
        if (account.isEmpty() || account.length() > 200) {
            throw new IllegalArgumentException("the account name must have 1 to 200 characters: '" + account + "'");
        }
        if (parallelTasks < 1) {
            throw new IllegalArgumentException("parallelTasks must be at least 1: " + parallelTasks);
        }
        return new PostgresAccountBudget(dataSource, account, parallelTasks, leases);
    }

    /**
     * Opens a bulk run shared by the fleet's workers: enqueue its drafts once, then let any number of instances work
     * on it ({@link SharedBulkRun}).
     *
     * @param name the run's name, the same on every worker: 1 to 200 characters
     * @return the run
     * @throws IllegalArgumentException when the name is empty or too long
     */
    public SharedBulkRun bulkRun(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("the run's name must have 1 to 200 characters: '" + name + "'");
        }
        return new SharedBulkRun(dataSource, name, leases);
    }

    /**
     * The name this instance holds its leases under.
     *
     * @return the instance's name
     */
    public String instance() {
        return leases.instance();
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

    /** Stops listening and renewing leases; close the facades it configured first. */
    @Override
    public void close() {
        try {
            taskUpdates.close();
        } finally {
            leases.close();
        }
    }

    /** Configures a {@link PostgresFleet}; every setting but the data source is optional. */
    public static final class Builder {
        private final DataSource dataSource;
        private Duration catchUp = DEFAULT_CATCH_UP;
        private Duration retention = DEFAULT_TASK_UPDATE_RETENTION;
        private Duration lease = DEFAULT_LEASE;
        private String instance = defaultInstance();

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
         * How long what this instance holds — account slots, claimed drafts — stays its own after it last renewed it
         * (default {@link #DEFAULT_LEASE}); renewed every third of it while the instance lives. When an instance
         * dies, the others take over what it held this long after.
         *
         * @param value the lease, at least a second
         * @return this builder
         * @throws IllegalArgumentException when shorter than a second
         */
        public Builder leaseFor(Duration value) {
            if (value.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("leaseFor must be at least a second: " + value);
            }
            this.lease = value;
            return this;
        }

        /**
         * The name this instance holds its leases under, shown in the tables (default: host name, process id and a
         * random suffix, new at each start).
         *
         * @param value the name, 1 to 200 characters
         * @return this builder
         * @throws IllegalArgumentException when empty or longer than 200 characters
         */
        public Builder instance(String value) {
            if (value == null || value.isEmpty() || value.length() > 200) {
                throw new IllegalArgumentException("the instance name must have 1 to 200 characters: '" + value + "'");
            }
            this.instance = value;
            return this;
        }

        private static String defaultInstance() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "host";
            }
            String name = host + "-" + ProcessHandle.current().pid() + "-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
            return name.length() <= 200 ? name : name.substring(name.length() - 200);
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
