package io.elements4j.client.internal;

import io.elements4j.ports.time.Scheduler;
import io.vavr.control.Option;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/** What the async view runs on: the user's executor and scheduler, or bounded daemon defaults it owns. */
record AsyncSetup(Option<Executor> executor, Option<Scheduler> scheduler, RandomGenerator random) {

    /** Threads in the default executor: calls block on the network, so a few more than the cores, but bounded. */
    static final int DEFAULT_THREADS = 8;

    static ExecutorService defaultExecutor() {
        return pool("elements4j-async-", DEFAULT_THREADS);
    }

    /** Up to {@code threads} daemon threads, started as work arrives and ended after 30 s idle; work beyond queues. */
    static ExecutorService pool(String prefix, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = Executors.defaultThreadFactory().newThread(runnable);
                    thread.setName(prefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
