package io.elements4j.benchmarks.calls;

import io.elements4j.benchmarks.stub.ApacheFloorClient;
import io.elements4j.benchmarks.stub.LoopbackStub;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Task lookups from 8 threads at once through <b>one</b> facade, as a host app's request threads share the one
 * {@code Elements} it built, beside the same-client floor: one Apache HttpClient 5 shared by the same 8 threads,
 * replaying the request the library sent. Throughput (calls a second, all threads together); run.sh divides the
 * library's by the floor's. Both sides meet the same loopback stub, whose one dispatcher thread answers in turn, so
 * what differs is the work on the calling threads — the facade's share of the 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
public class SharedFacadeThroughputBenchmark {

    @Param({"kling-official/task"})
    public String call;

    private CallCase library;
    private ApacheFloorClient sameClient;
    private ApacheFloorClient.Replay sameClientReplay;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        library = CallCases.create(call);
        library.call();
        LoopbackStub stub = library.stub();
        LoopbackStub.Seen seen = library.lastRequest();
        sameClient = new ApacheFloorClient();
        sameClientReplay = sameClient.replayOf(seen, stub.baseUrl());
        sameClient.send(sameClientReplay);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        library.close();
        sameClient.close();
    }

    @Benchmark
    public Object library() {
        return library.call();
    }

    @Benchmark
    public byte[] sameClientFloor() throws Exception {
        return sameClient.send(sameClientReplay);
    }
}
