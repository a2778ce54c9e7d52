package io.elements4j.benchmarks.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elements4j.benchmarks.stub.ApacheFloorClient;
import io.elements4j.benchmarks.stub.FloorClient;
import io.elements4j.benchmarks.stub.LoopbackStub;
import java.net.http.HttpRequest;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead: one library call through the {@code Elements} facade (or, for {@code support/*}, through
 * adapter-support alone) against a loopback stub answering canned vendor bytes, beside the floor — the JDK
 * HttpClient replaying the very request the library sent to the same stub and reading the body. Sample mode, so
 * the median (p0.50) of each is reported; run.sh divides one by the other. {@link #sameClientFloor} replays it on
 * the library's own default transport (Apache HttpClient 5), to tell the client chosen from the library on top.
 *
 * <p>The {@code call} values default to every case; run.sh passes the list {@link CallCases#main} prints.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
public class CallOverheadBenchmark {

    @Param({
        "support/task",
        "support/list",
        "kling-official/submit",
        "kling-official/task",
        "kling-official/list",
        "kling-official/delete",
        "useapi/submit",
        "useapi/task",
        "useapi/list",
        "useapi/delete",
        "evolink/submit",
        "evolink/task",
        "gmi-cloud/submit",
        "gmi-cloud/task"
    })
    public String call;

    private CallCase library;
    private FloorClient floor;
    private HttpRequest replay;
    private ApacheFloorClient sameClient;
    private ApacheFloorClient.Replay sameClientReplay;
    private final ObjectMapper plainJson = new ObjectMapper();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        library = CallCases.create(call);
        library.call();
        LoopbackStub stub = library.stub();
        LoopbackStub.Seen seen = library.lastRequest();
        floor = new FloorClient();
        replay = floor.replayOf(seen, stub.baseUrl());
        floor.send(replay);
        sameClient = new ApacheFloorClient();
        sameClientReplay = sameClient.replayOf(seen, stub.baseUrl());
        sameClient.send(sameClientReplay);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        library.close();
        floor.close();
        sameClient.close();
    }

    @Benchmark
    public Object library() {
        return library.call();
    }

    @Benchmark
    public byte[] floor() throws Exception {
        return floor.send(replay);
    }

    @Benchmark
    public byte[] sameClientFloor() throws Exception {
        return sameClient.send(sameClientReplay);
    }

    /**
     * The floor plus a plain {@code ObjectMapper.readTree} of the body: the least any client that reads the JSON
     * pays. run.sh runs it for the list calls only, where decoding a page outweighs the exchange.
     */
    @Benchmark
    public JsonNode floorAndTreeParse() throws Exception {
        return plainJson.readTree(floor.send(replay));
    }

    /** {@link #sameClientFloor} plus a plain {@code readTree}; run.sh runs it for the list calls only. */
    @Benchmark
    public JsonNode sameClientFloorAndTreeParse() throws Exception {
        return plainJson.readTree(sameClient.send(sameClientReplay));
    }
}
