package io.elements4j.benchmarks.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.codec.Decoder;
import io.elements4j.adapter.kling.internal.KlingApi;
import io.elements4j.adapter.kling.internal.KlingEnvelope;
import io.elements4j.adapter.kling.internal.KlingMapper;
import io.elements4j.adapter.kling.internal.KlingRecords;
import io.elements4j.adapter.kling.internal.KlingTaskRecord;
import io.elements4j.adapter.support.BenchmarkAccess;
import io.elements4j.adapter.support.Json;
import io.elements4j.benchmarks.fixtures.VendorBytes;
import io.elements4j.domain.element.Element;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
 * adapter does with a list answer — adapter-support's decoder (with Kling's "code != 0 in a 2xx" check), then
 * {@link KlingRecords#checkAll} and {@link KlingMapper#elementsOf} — against a plain {@code ObjectMapper.readTree}
 * of the same bytes. The adapter's records and mapper are public in its {@code internal} package, so this needs no
 * split package; only the decoder, package-private in adapter-support, is reached through {@link BenchmarkAccess}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(KlingDecodeBenchmark.RECORDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class KlingDecodeBenchmark {

    static final int RECORDS = 500;

    private final ObjectMapper plain = new ObjectMapper();
    private byte[] page;
    private Decoder decoder;
    private Type listAnswer;
    private ObjectReader listReader;

    @Setup
    public void setUp() throws Exception {
        page = VendorBytes.klingListPage(RECORDS);
        // Kling's own predicate (KlingOfficialElementsProvider.isErrorEnvelope is private): a code other than 0.
        decoder = BenchmarkAccess.vendorDecoder(Option.some(KlingDecodeBenchmark::isErrorEnvelope));
        listAnswer = KlingApi.class.getMethod("list", int.class, int.class).getGenericReturnType();
        listReader = Json.mapper().readerFor(Json.mapper().constructType(listAnswer));
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

    /**
     * The proposal in RESULTS.md, not what the library does today: bind the envelope straight from the bytes and
     * judge {@code code} on the bound record, so no tree is built for the error check; then the same checks and
     * mapping as {@link #mapToDomain}.
     */
    @Benchmark
    public Seq<Element> proposedCodeCheckOnBoundEnvelope() throws IOException {
        KlingEnvelope<List<KlingTaskRecord>> answer = listReader.readValue(page);
        if (answer.code() != null && answer.code() != 0) {
            throw new IllegalStateException("an error envelope: " + answer.code());
        }
        Seq<KlingTaskRecord> records = KlingRecords.checkAll(answer.data())
                .getOrElseThrow((String problem) -> new IllegalStateException(problem));
        return KlingMapper.INSTANCE.elementsOf(records, false);
    }

    /** Decoding alone (adapter-support's part), without the mapping to domain elements. */
    @Benchmark
    public Object decodeOnly() throws IOException {
        return decoder.decode(Bodies.ok(page), listAnswer);
    }

    private static boolean isErrorEnvelope(JsonNode body) {
        JsonNode code = body.path("code");
        if (code.isNumber()) {
            return code.asLong() != 0;
        }
        return code.isTextual() && !code.asText().trim().equals("0") && !code.asText().isBlank();
    }
}
