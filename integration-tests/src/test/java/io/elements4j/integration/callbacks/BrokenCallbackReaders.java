package io.elements4j.integration.callbacks;

import io.elements4j.adapter.evolink.EvolinkElementsProvider;
import io.elements4j.adapter.kling.KlingCallbacks;
import io.elements4j.adapter.kling.KlingOfficialElementsProvider;
import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Real adapters with their callback handling broken, and the suite run against each. The runs are not named
 * {@code *Test}, so the build does not run them directly: {@link SuiteCatchesBrokenCallbackReadersTest} runs their
 * callbacks group and expects it to fail.
 */
public final class BrokenCallbackReaders {

    private BrokenCallbackReaders() {}

    /** The defect shows on the first create: a short soak keeps the runs quick. */
    private static final int SHORT_SOAK = 50;

    /** Kling's adapter reading every callback as it comes, signed or not, even with a webhook secret configured. */
    public static class IgnoresCallbackSignaturesRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new CallbackOverride(
                    new KlingOfficialElementsProvider(), callback -> KlingCallbacks.parse(callback.bodyText()));
        }

        @Override
        protected int callbackSoakCreates() {
            return SHORT_SOAK;
        }
    }

    /** Evolink's adapter declaring callbacks but reading none of them: every wait falls back on its polls. */
    public static class ReadsNoCallbacksRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new CallbackOverride(
                    new EvolinkElementsProvider(),
                    callback -> Either.left(ElementsError.ProviderFailure.definite(
                            "callback ignored", 0, Option.none(), Option.none())));
        }

        @Override
        protected int callbackSoakCreates() {
            return SHORT_SOAK;
        }
    }

    /**
     * Evolink's adapter sending each draft's callback URL without its query — "normalised" — so callbacks no longer
     * name their draft: a create whose answer was lost stays unknown though its callback comes.
     */
    public static class IgnoresCallbackDraftRun extends ElementsConformanceSuite {
        @Override
        protected ElementsProvider provider() {
            return new CallbackOverride(
                    new EvolinkElementsProvider(),
                    null,
                    draft -> draft.callbackUrl()
                            .map(url -> draft.toBuilder()
                                    .callbackUrl(url.replaceFirst("\\?.*$", ""))
                                    .build())
                            .getOrElse(draft));
        }

        @Override
        protected int callbackSoakCreates() {
            return SHORT_SOAK;
        }
    }

    /**
     * A real adapter whose client answers callbacks its own (broken) way ({@code reading}; null: the adapter's), or
     * sends drafts changed on the way ({@code sending}); everything else is the adapter's.
     */
    private record CallbackOverride(
            ElementsProvider real,
            Function<IncomingCallback, Either<ElementsError, CreationTask>> reading,
            UnaryOperator<ElementDraft> sending)
            implements ElementsProvider {

        CallbackOverride(
                ElementsProvider real, Function<IncomingCallback, Either<ElementsError, CreationTask>> reading) {
            this(real, reading, UnaryOperator.identity());
        }

        @Override
        public ProviderMetadata metadata() {
            return real.metadata();
        }

        @Override
        public Map<String, String> defaults() {
            return real.defaults();
        }

        @Override
        public VendorClient create(ProviderConfig config) {
            VendorClient client = real.create(config);
            return (VendorClient) Proxy.newProxyInstance(
                    VendorClient.class.getClassLoader(), new Class<?>[] {VendorClient.class}, (proxy, method, args) -> {
                        if (method.getName().equals("readCallback") && reading != null) {
                            return reading.apply((IncomingCallback) args[0]);
                        }
                        if (method.getName().equals("submit")) {
                            args = new Object[] {sending.apply((ElementDraft) args[0])};
                        }
                        try {
                            return method.invoke(client, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
