package io.elements4j.benchmarks.coldstart;

import io.elements4j.benchmarks.fixtures.Drafts;
import io.elements4j.client.Elements;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.vavr.control.Either;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What a host app does first, in a fresh JVM: find the provider on the class path, build the client from system
 * properties, and send one request (a create, the one call all four vendors have) to a sandbox simulator running in
 * another process ({@link SandboxServer}). run.sh runs it under {@code /usr/bin/time -v} for the whole-process
 * figures; this prints its own split on one line of stderr.
 *
 * <pre>java -Delements.provider=useapi -Delements.useapi.base-url=… -cp &lt;one adapter's class path&gt; ColdStart</pre>
 */
public final class ColdStart {

    private ColdStart() {}

    public static void main(String[] args) {
        long mainAt = System.nanoTime();
        long jvmUptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();

        Elements elements = Elements.fromClasspath();
        long builtAt = System.nanoTime();

        Either<ElementsError, CreationTask> first = elements.submit(Drafts.courier());
        long calledAt = System.nanoTime();
        elements.close();

        if (first.isLeft()) {
            System.err.println("the first call failed: " + first.getLeft());
            System.exit(1);
        }
        System.err.printf(
                Locale.ROOT,
                "coldstart provider=%s jvm-to-main-ms=%d discover-and-build-ms=%.1f "
                        + "first-call-ms=%.1f main-total-ms=%.1f%n",
                elements.provider().id(),
                jvmUptimeAtMain,
                (builtAt - mainAt) / 1e6,
                (calledAt - builtAt) / 1e6,
                (calledAt - mainAt) / 1e6);
    }
}
