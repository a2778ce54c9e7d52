package io.elements4j.adapter.support;

import feign.Contract;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

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
    private final String baseUrl;

    TargetedContract(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        List<MethodMetadata> methods = annotations.parseAndValidateMetadata(targetType);
        for (MethodMetadata method : methods) {
            // The test Feign's own target makes before it sets the base URL.
            if (method.template().url().indexOf("http") != 0) {
                method.template().target(baseUrl);
            }
            if (method.returnType() instanceof ParameterizedType generic) {
                method.returnType(new NamedType(generic));
            }
        }
        return methods;
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
