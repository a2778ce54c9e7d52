package io.elements4j.benchmarks.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.codec.Decoder;
import io.elements4j.adapter.support.BenchmarkAccess;
import io.elements4j.adapter.useapi.internal.ElementsPage;
import io.elements4j.adapter.useapi.internal.UseapiConversions;
import io.elements4j.adapter.useapi.internal.UseapiElement;
import io.elements4j.adapter.useapi.internal.UseapiMapper;
import io.elements4j.benchmarks.fixtures.VendorBytes;
import io.elements4j.domain.element.Element;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 100-element useapi list page (the most useapi sends), bytes to domain elements, per element: adapter-support's
 * decoder into {@link ElementsPage}, then what {@code UseapiClient} does with it — {@link UseapiConversions#problem} on
 * every element, then {@link UseapiMapper#element} — against a plain {@code ObjectMapper.readTree} of the same bytes.
 * Those two steps are repeated here because the client holding them is package-private; the records and mappers
 * are public in the adapter's {@code internal} package.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(UseapiDecodeBenchmark.ELEMENTS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class UseapiDecodeBenchmark {

    static final int ELEMENTS = 100;

    private final ObjectMapper plain = new ObjectMapper();
    private byte[] page;
    private Decoder decoder;

    @Setup
    public void setUp() throws Exception {
        page = VendorBytes.useapiListPage(ELEMENTS);
        decoder = BenchmarkAccess.vendorDecoder();
        int mapped = mapToDomain().size();
        if (mapped != ELEMENTS) {
            throw new IllegalStateException("expected " + ELEMENTS + " elements, mapped " + mapped);
        }
    }

    @Benchmark
    public JsonNode treeParse() throws IOException {
        return plain.readTree(page);
    }

    @Benchmark
    public Seq<Element> mapToDomain() throws IOException {
        ElementsPage answer = (ElementsPage) decoder.decode(Bodies.ok(page), ElementsPage.class);
        Seq<UseapiElement> all = List.ofAll(answer.elementsList());
        Option<String> problem = all.flatMap(UseapiConversions::problem).headOption();
        if (problem.isDefined()) {
            throw new IllegalStateException(problem.get());
        }
        return all.map(UseapiMapper.INSTANCE::element);
    }

    /** Decoding alone (adapter-support's part), without the checks and mapping to domain elements. */
    @Benchmark
    public Object decodeOnly() throws IOException {
        return decoder.decode(Bodies.ok(page), ElementsPage.class);
    }
}
