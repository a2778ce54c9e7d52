package io.elements4j.adapter.support;

import feign.Contract;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import io.vavr.control.Option;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feign's default contract, which also sets the vendor's base URL on every method's request template, once, when a
 * client is built. Feign would otherwise find each request's template relative and parse the base URL into it again
 * on every call; a template that already names its target is sent to it as is. A generic return type
 * ({@code KlingEnvelope<KlingTaskRecord>}) is handed to Feign as a {@link NamedType}, its name rendered once: Feign
 * asks for the name on every response it decodes (to tell Kotlin's {@code Unit}), and the JDK's own type renders it
 * anew each time.
 */
final class TargetedContract implements Contract {

    /**
     * The target of a client built with this contract: every method's template already names the base URL, so a
     * request is made from the resolved template as it is. (Feign's {@code HardCodedTarget} renders each request's URL
     * once more only to find that out.)
     */
    record BaseUrlTarget<T>(Class<T> type, String url) implements Target<T> {

        @Override
        public String name() {
            return url;
        }

        @Override
        public Request apply(RequestTemplate resolved) {
            return resolved.request();
        }
    }

    private final Contract annotations = new Contract.Default();
    /**
     * For each method whose template this contract targeted in the plain way, the literal start of its URL (the
     * template's target): what {@link DirectMethods} puts before the path's variable part.
     */
    private final Map<Method, String> literalStarts = new ConcurrentHashMap<>();
    /** Every method's metadata, as last parsed. */
    private volatile List<MethodMetadata> parsed = List.of();

    private final String baseUrl;
    /** The base URL without a trailing slash, to put a path's literal start after; null when it has a query. */
    private final String plainBase;

    TargetedContract(String baseUrl) {
        this.baseUrl = baseUrl;
        this.plainBase = baseUrl.indexOf('?') >= 0 || baseUrl.indexOf('#') >= 0
                ? null
                : baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        List<MethodMetadata> methods = annotations.parseAndValidateMetadata(targetType);
        for (MethodMetadata method : methods) {
            // The test Feign's own target makes before it sets the base URL.
            if (method.template().url().indexOf("http") != 0) {
                target(method.method(), method.template());
            }
            if (method.returnType() instanceof ParameterizedType generic) {
                method.returnType(new NamedType(generic));
            }
        }
        parsed = List.copyOf(methods);
        return methods;
    }

    /** The metadata of every method of the interface this contract parsed last; empty before it parsed one. */
    List<MethodMetadata> parsed() {
        return parsed;
    }

    /**
     * The literal start of {@code method}'s URL when this contract set it (a plain base URL and path), so that the
     * template renders as this start followed by the path's variable part; none for a template left to Feign's split.
     */
    Option<String> literalStart(Method method) {
        return Option.of(literalStarts.get(method));
    }

    /**
     * Sets the base URL on a method's template, and with it the literal start of the method's path: Feign renders
     * the template's path into a new template on every call (encoding each literal part again) but adds the target
     * as it is. So {@code POST /v1/general/advanced-custom-elements} becomes a target naming the whole URL and an
     * empty path, and {@code GET /elements/{id}} a target ending {@code /elements} and the path {@code /{id}}; the
     * URL sent is the same. A path or base URL with anything but plain characters keeps Feign's own split.
     */
    private void target(Method method, RequestTemplate template) {
        String path = template.path();
        int expression = path.indexOf('{');
        int cut = expression < 0 && !path.endsWith("/")
                ? path.length()
                : path.lastIndexOf('/', expression < 0 ? path.length() - 1 : expression);
        if (plainBase == null || cut < 0 || !isPlain(path.substring(0, cut))) {
            template.target(baseUrl);
            return;
        }
        template.target(plainBase + path.substring(0, cut));
        template.uri(path.substring(cut));
        literalStarts.put(method, plainBase + path.substring(0, cut));
    }

    /** A path of characters no URL encodes. */
    static boolean isPlain(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean plain =
                    c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * A parameterized type whose name and hash are worked out once; equal to the type it stands for, and read through
     * it by Jackson and Feign like any other.
     */
    static final class NamedType implements ParameterizedType {
        private final ParameterizedType type;
        private final String name;
        private final int hash;

        NamedType(ParameterizedType type) {
            this.type = type;
            this.name = type.getTypeName();
            this.hash = type.hashCode();
        }

        @Override
        public Type[] getActualTypeArguments() {
            return type.getActualTypeArguments();
        }

        @Override
        public Type getRawType() {
            return type.getRawType();
        }

        @Override
        public Type getOwnerType() {
            return type.getOwnerType();
        }

        @Override
        public String getTypeName() {
            return name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NamedType named ? type.equals(named.type) : type.equals(other);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
