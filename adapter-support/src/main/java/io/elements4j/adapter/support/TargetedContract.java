package io.elements4j.adapter.support;

import feign.Contract;
import feign.MethodMetadata;
import feign.RequestTemplate;
import java.util.List;

/**
 * Feign's default contract, which also writes what every request of a method carries into the method's request
 * template, once, when a client is built: the vendor's base URL, and the standard headers ({@code User-Agent},
 * {@code Accept: application/json} unless the method declares its own, {@code Content-Type: application/json} for a
 * method that sends a body and declares none). Feign would otherwise parse the base URL into each request's template
 * again on every call, and headers added per call by an interceptor are parsed as templates on every call too; a
 * template that already names its target and its headers is sent as is.
 */
final class TargetedContract implements Contract {

    private static final String USER_AGENT = "elements4j/" + LibraryVersion.get();

    private final Contract annotations = new Contract.Default();
    private final String baseUrl;

    TargetedContract(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        List<MethodMetadata> methods = annotations.parseAndValidateMetadata(targetType);
        for (MethodMetadata method : methods) {
            RequestTemplate template = method.template();
            // The test Feign's own target makes before it sets the base URL.
            if (template.url().indexOf("http") != 0) {
                template.target(baseUrl);
            }
            standardHeaders(
                    template, method.bodyIndex() != null || template.body() != null || template.bodyTemplate() != null);
        }
        return methods;
    }

    /** The headers every request carries, for a method whose template declares what {@code template} does. */
    static void standardHeaders(RequestTemplate template, boolean sendsBody) {
        template.headerLiteral("User-Agent", USER_AGENT);
        if (!declares(template, "Accept")) {
            template.headerLiteral("Accept", "application/json");
        }
        if (sendsBody && !declares(template, "Content-Type")) {
            template.headerLiteral("Content-Type", "application/json");
        }
    }

    private static boolean declares(RequestTemplate template, String header) {
        return template.headers().keySet().stream().anyMatch(header::equalsIgnoreCase);
    }
}
