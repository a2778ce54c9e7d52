package io.elements4j.benchmarks.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.codec.Decoder;
import io.elements4j.adapter.kling.internal.KlingApi;
import io.elements4j.adapter.kling.internal.KlingEnvelope;
import io.elements4j.adapter.kling.internal.KlingMapper;
import io.elements4j.adapter.kling.internal.KlingRecords;
import io.elements4j.adapter.kling.internal.KlingTaskRecord;
import io.elements4j.adapter.support.BenchmarkAccess;
import io.elements4j.benchmarks.fixtures.VendorBytes;
import io.elements4j.domain.element.Element;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
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
 * A 500-record Kling list page (the most Kling sends), bytes to domain elements, per element: what the Kling
 * adapter does with a list answer — adapter-support's decoder (with Kling's "code != 0 in a 2xx" check, made on the
 * envelope bound from the bytes, as the adapter configures it), then {@link KlingRecords#checkAll} and
 * {@link KlingMapper#elementsOf} — against a plain {@code ObjectMapper.readTree} of the same bytes. The adapter's
 * records and mapper are public in its {@code internal} package, so this needs no split package; only the decoder,
 * package-private in adapter-support, is reached through {@link BenchmarkAccess}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(KlingDecodeBenchmark.RECORDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class KlingDecodeBenchmark {

    static final int RECORDS = 500;

    private final ObjectMapper plain = new ObjectMapper();
    private byte[] page;
    private Decoder decoder;
    private Type listAnswer;

    @Setup
    public void setUp() throws Exception {
        page = VendorBytes.klingListPage(RECORDS);
        // Kling's own check, as KlingOfficialElementsProvider configures it (its two methods are private): a code
        // other than 0, looked for on the bound envelope, and on a tree only for a body that may be an error.
        decoder = BenchmarkAccess.vendorDecoder(
                body -> KlingEnvelope.isErrorCode(body.path("code")),
                value -> !(value instanceof KlingEnvelope<?> envelope) || KlingEnvelope.isErrorCode(envelope.code()));
        listAnswer = KlingApi.class.getMethod("list", int.class, int.class).getGenericReturnType();
        int mapped = mapToDomain().size();
        if (mapped != RECORDS) {
            throw new IllegalStateException("expected " + RECORDS + " elements, mapped " + mapped);
        }
    }

    @Benchmark
    public JsonNode treeParse() throws IOException {
        return plain.readTree(page);
    }

    @Benchmark
    public Seq<Element> mapToDomain() throws IOException {
        @SuppressWarnings("unchecked")
        KlingEnvelope<List<KlingTaskRecord>> answer =
                (KlingEnvelope<List<KlingTaskRecord>>) decoder.decode(Bodies.ok(page), listAnswer);
        Seq<KlingTaskRecord> records = KlingRecords.checkAll(answer.data())
                .getOrElseThrow((String problem) -> new IllegalStateException(problem));
        return KlingMapper.INSTANCE.elementsOf(records, false);
    }

    /** Decoding alone (adapter-support's part), without the mapping to domain elements. */
    @Benchmark
    public Object decodeOnly() throws IOException {
        return decoder.decode(Bodies.ok(page), listAnswer);
    }
}
