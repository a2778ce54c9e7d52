package io.elements4j.benchmarks.calls;

import io.elements4j.benchmarks.stub.LoopbackStub;

/**
 * One library operation against the loopback stub, and the stub route it lands on, so the floor can replay the
 * same request. {@link #call()} throws when the library answers with an error: a benchmark of failures would
 * measure the wrong thing.
 */
public interface CallCase extends AutoCloseable {

    /** The stub answering this case's requests. */
    LoopbackStub stub();

    /** The route of the stub the call lands on. */
    String route();

    /** Makes the call once; the library's answer, for the benchmark to consume. */
    Object call();

    /** The request the last {@link #call()} sent, as the stub saw it, for a floor to replay. */
    default LoopbackStub.Seen lastRequest() {
        return stub().lastSeen(route())
                .orElseThrow(() -> new IllegalStateException(this + " sent nothing to route " + route()));
    }

    @Override
    void close();
}
