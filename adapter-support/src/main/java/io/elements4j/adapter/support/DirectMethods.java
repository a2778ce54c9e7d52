package io.elements4j.adapter.support;

import feign.Client;
import feign.DefaultInvocationHandlerFactory;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.MethodMetadata;
import feign.Param;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.RetryableException;
import feign.Target;
import feign.TypedResponse;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.codec.EncodeException;
import feign.codec.ErrorDecoder;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Feign's own invocation handler, with a shorter way through for the methods a vendor's calls go through: a method
 * whose request is its target, a path and a query with plain {@code @Param} values, a query map and at most a JSON
 * body is sent straight from the shape its annotations were parsed into, without building a {@link RequestTemplate}
 * on each call. Feign's per-call machinery — the template copied and expanded, the thread name and id rendered to
 * look up per-method options, an interceptor chain reduced from a stream, the response and its headers copied
 * again — was about a tenth of a small call's CPU for work the result never showed.
 *
 * <p>What goes out is what Feign's own handler would send, to the byte: the same method, URL, headers
 * ({@code Content-Length} with a body) and body, through the same client, with the same options; the answer goes
 * through the same decoder and error decoder, and a failure comes back as the same exception Feign would throw
 * (a {@link RetryableException} for an I/O failure on the way, a {@link DecodeException} around what the decoder
 * threw). Anything else goes through Feign's handler for the method, unchanged:
 * <ul>
 *   <li>a method with headers, a query parameter that is not one plain name with one plain literal or
 *       {@code {name}} value, a header map, a {@code URI} parameter, form parameters, a body template, a custom
 *       expander, encoded parameters, {@code Request.Options} among its parameters, or an answer Feign treats
 *       specially ({@code void}, {@code Response}, {@code TypedResponse});</li>
 *   <li>a call whose path or query value, or query map's name or value, is null, empty, not a string, number or
 *       boolean, or has a character a URL encodes (Feign's encoding applies); whose query map names a parameter the
 *       query declares (Feign merges them); or whose body is null;</li>
 *   <li>every call of a client with request interceptors (they work on a template);</li>
 *   <li>every call while Feign's log would show it (its logger at DEBUG and a level above {@code NONE}), so the
 *       log is Feign's own.</li>
 * </ul>
 */
final class DirectMethods implements InvocationHandlerFactory {

    /** The headers of a request without a body: none. */
    private static final Map<String, Collection<String>> NO_HEADERS = Collections.emptyMap();

    private final TargetedContract contract;
    private final Client client;
    private final Request.Options options;
    private final JsonBodyEncoder encoder;
    private final Decoder decoder;
    private final ErrorDecoder errors;
    private final BooleanSupplier logging;
    private final boolean intercepted;

    /**
     * @param contract    the contract the client was built with, which has parsed its interface when Feign asks
     *                    this factory for the handler
     * @param logging     whether Feign would log a call now: those go through Feign's handler
     * @param intercepted whether the client has request interceptors: all its calls then go through Feign's handler
     */
    DirectMethods(
            TargetedContract contract,
            Client client,
            Request.Options options,
            JsonBodyEncoder encoder,
            Decoder decoder,
            ErrorDecoder errors,
            BooleanSupplier logging,
            boolean intercepted) {
        this.contract = contract;
        this.client = client;
        this.options = options;
        this.encoder = encoder;
        this.decoder = decoder;
        this.errors = errors;
        this.logging = logging;
        this.intercepted = intercepted;
    }

    @Override
    public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
        Map<Method, MethodHandler> handlers = new LinkedHashMap<>(dispatch);
        if (!intercepted) {
            for (MethodMetadata method : contract.parsed()) {
                MethodHandler feign = dispatch.get(method.method());
                if (feign != null) {
                    Shape.of(method, contract.literalStart(method.method()))
                            .forEach(shape -> handlers.put(method.method(), new Direct(shape, feign)));
                }
            }
        }
        return new DefaultInvocationHandlerFactory().create(target, handlers);
    }

    /** Whether {@code method} of a client built with this factory takes the direct way (for tests). */
    static boolean isDirect(MethodMetadata method, TargetedContract contract) {
        return Shape.of(method, contract.literalStart(method.method())).isDefined();
    }

    /**
     * A method's request as its annotations fixed it: the URL's literal parts with a parameter's value between each
     * two, and where its body and query map are among the arguments.
     */
    private record Shape(
            Request.HttpMethod method,
            String[] literals,
            int[] values,
            String[] queryNames,
            String[] queryLiterals,
            int[] queryValues,
            int body,
            Type bodyType,
            int queryMap,
            Type answer,
            String configKey) {

        static Option<Shape> of(MethodMetadata md, Option<String> literalStart) {
            RequestTemplate template = md.template();
            if (literalStart.isEmpty()
                    || template.method() == null
                    || !template.headers().isEmpty()
                    || template.bodyTemplate() != null
                    || template.requestBody().length() > 0
                    || md.headerMapIndex() != null
                    || md.urlIndex() != null
                    || md.alwaysEncodeBody()
                    || !md.formParams().isEmpty()
                    || md.indexToExpander() != null && !md.indexToExpander().isEmpty()
                    || md.indexToEncoded().containsValue(true)
                    || customExpander(md)
                    || takesOptions(md.method())
                    || special(md.returnType())) {
                return Option.none();
            }
            Option<Map<String, Integer>> named = named(md);
            String full = template.path();
            if (named.isEmpty() || !full.startsWith(literalStart.get())) {
                return Option.none();
            }
            List<String> literals = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            StringBuilder literal = new StringBuilder(literalStart.get());
            String rest = full.substring(literalStart.get().length());
            int at = 0;
            while (at < rest.length()) {
                int open = rest.indexOf('{', at);
                int end = open < 0 ? rest.length() : open;
                String text = rest.substring(at, end);
                if (!TargetedContract.isPlain(text)) {
                    return Option.none();
                }
                literal.append(text);
                if (open < 0) {
                    break;
                }
                int close = rest.indexOf('}', open);
                Integer index = close < 0 ? null : named.get().get(rest.substring(open + 1, close));
                if (index == null) {
                    return Option.none(); // an expression with an operator or a pattern, or one no parameter names
                }
                literals.add(literal.toString());
                literal.setLength(0);
                values.add(index);
                at = close + 1;
            }
            literals.add(literal.toString());
            // The query's parameters, each a plain name with one value: a plain literal or one {name}.
            Map<String, Collection<String>> queries = template.queries();
            String[] queryNames = new String[queries.size()];
            String[] queryLiterals = new String[queries.size()];
            int[] queryValues = new int[queries.size()];
            int query = 0;
            for (Map.Entry<String, Collection<String>> parameter : queries.entrySet()) {
                String value = parameter.getValue().size() == 1
                        ? parameter.getValue().iterator().next()
                        : null;
                if (value == null || !isName(parameter.getKey())) {
                    return Option.none();
                }
                queryNames[query] = parameter.getKey();
                if (value.startsWith("{") && value.endsWith("}")) {
                    Integer index = named.get().get(value.substring(1, value.length() - 1));
                    if (index == null) {
                        return Option.none();
                    }
                    queryValues[query] = index;
                } else if (isName(value)) {
                    queryLiterals[query] = value;
                    queryValues[query] = -1;
                } else {
                    return Option.none();
                }
                query++;
            }
            return Option.some(new Shape(
                    Request.HttpMethod.valueOf(template.method()),
                    literals.toArray(new String[0]),
                    ints(values),
                    queryNames,
                    queryLiterals,
                    queryValues,
                    md.bodyIndex() == null ? -1 : md.bodyIndex(),
                    md.bodyType(),
                    md.queryMapIndex() == null ? -1 : md.queryMapIndex(),
                    md.returnType(),
                    md.configKey()));
        }

        /** Each {@code @Param} name and its argument, when every name belongs to one argument. */
        private static Option<Map<String, Integer>> named(MethodMetadata md) {
            Map<String, Integer> named = new HashMap<>();
            for (Map.Entry<Integer, Collection<String>> entry : md.indexToName().entrySet()) {
                for (String name : entry.getValue()) {
                    if (named.put(name, entry.getKey()) != null) {
                        return Option.none();
                    }
                }
            }
            return Option.some(named);
        }

        private static boolean customExpander(MethodMetadata md) {
            for (Class<?> expander : md.indexToExpanderClass().values()) {
                if (expander != Param.ToStringExpander.class) {
                    return true;
                }
            }
            return false;
        }

        private static int[] ints(List<Integer> values) {
            int[] ints = new int[values.size()];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = values.get(i);
            }
            return ints;
        }

        private static boolean takesOptions(Method method) {
            for (Class<?> parameter : method.getParameterTypes()) {
                if (Request.Options.class.isAssignableFrom(parameter)) {
                    return true;
                }
            }
            return false;
        }

        /** An answer Feign treats other than by decoding it. */
        private static boolean special(Type answer) {
            Type raw = answer instanceof ParameterizedType generic ? generic.getRawType() : answer;
            return !(raw instanceof Class<?> type)
                    || type == void.class
                    || type == Void.class
                    || type == Response.class
                    || TypedResponse.class.isAssignableFrom(type);
        }

        /**
         * The URL for these arguments: the path, then the query's parameters in their declared order, then the query
         * map's in its own; null when a value needs Feign's own rendering (one it would encode, or drop when null).
         */
        String url(Object[] argv) {
            if (values.length == 0 && queryNames.length == 0 && queryMap < 0) {
                return literals[0];
            }
            StringBuilder url = new StringBuilder(literals[0].length() + 48);
            url.append(literals[0]);
            for (int i = 0; i < values.length; i++) {
                String value = plain(argv[values[i]]);
                if (value == null) {
                    return null;
                }
                url.append(value).append(literals[i + 1]);
            }
            char separator = '?';
            for (int i = 0; i < queryNames.length; i++) {
                String value = queryValues[i] < 0 ? queryLiterals[i] : plain(argv[queryValues[i]]);
                if (value == null) {
                    return null;
                }
                url.append(separator).append(queryNames[i]).append('=').append(value);
                separator = '&';
            }
            if (queryMap >= 0) {
                if (!(argv[queryMap] instanceof Map<?, ?> map)) {
                    return null;
                }
                for (Map.Entry<?, ?> parameter : map.entrySet()) {
                    String value = plain(parameter.getValue());
                    if (!(parameter.getKey() instanceof String name)
                            || !isName(name)
                            || value == null
                            || declares(name)) {
                        return null;
                    }
                    url.append(separator).append(name).append('=').append(value);
                    separator = '&';
                }
            }
            return url.toString();
        }

        /** Whether the query template names this parameter (Feign would merge a query map's value into it). */
        private boolean declares(String name) {
            for (String declared : queryNames) {
                if (declared.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** The value as it goes into a URL unencoded, or null when Feign would encode or drop it. */
        private static String plain(Object value) {
            String text = value instanceof String s
                    ? s
                    : value instanceof Integer || value instanceof Long || value instanceof Boolean
                            ? value.toString()
                            : null;
            return text != null && isName(text) ? text : null;
        }

        /**
         * A name or value that goes into a URL as it is: not empty, only characters no URL encodes, no slash (which
         * Feign encodes in a value, or not, as the method's {@code decodeSlash} says).
         */
        private static boolean isName(String text) {
            return !text.isEmpty() && text.indexOf('/') < 0 && TargetedContract.isPlain(text);
        }
    }

    /** One method's handler: its request built from its shape, Feign's for what the shape does not cover. */
    private final class Direct implements MethodHandler {
        private final Shape shape;
        private final MethodHandler feign;

        Direct(Shape shape, MethodHandler feign) {
            this.shape = shape;
            this.feign = feign;
        }

        @Override
        public Object invoke(Object[] argv) throws Throwable {
            if (logging.getAsBoolean() || shape.body >= 0 && argv[shape.body] == null) {
                return feign.invoke(argv);
            }
            String url = shape.url(argv);
            if (url == null) {
                return feign.invoke(argv);
            }
            byte[] body = shape.body < 0 ? null : encoded(argv[shape.body]);
            Request request = Request.create(
                    shape.method,
                    url,
                    body == null || body.length == 0 ? NO_HEADERS : contentLength(body.length),
                    body,
                    body == null ? null : StandardCharsets.UTF_8,
                    null);
            Response response;
            try {
                response = client.execute(request, options);
            } catch (IOException e) {
                // What Feign throws for it (FeignException.errorExecuting)
                throw new RetryableException(
                        -1,
                        String.format("%s executing %s %s", e.getMessage(), shape.method, url),
                        shape.method,
                        e,
                        (Long) null,
                        request);
            }
            return answer(response, request);
        }

        private byte[] encoded(Object body) {
            try {
                return encoder.bytes(body, shape.bodyType);
            } catch (EncodeException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new EncodeException(e.getMessage(), e);
            }
        }

        /** The decoded answer of a 2xx, else the error decoder's exception, as Feign's response handling gives. */
        private Object answer(Response response, Request request) throws Exception {
            try {
                int status = response.status();
                if (status < 200 || status >= 300) {
                    Exception error;
                    try {
                        error = errors.decode(shape.configKey, response);
                    } finally {
                        Util.ensureClosed(response.body());
                    }
                    throw error;
                }
                try {
                    return decoder.decode(response, shape.answer);
                } catch (FeignException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new DecodeException(status, e.getMessage(), response.request(), e);
                } catch (IOException e) {
                    throw new ReadFailed(status, e, request);
                }
            } finally {
                Util.ensureClosed(response.body());
            }
        }
    }

    private static Map<String, Collection<String>> contentLength(int length) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put(Util.CONTENT_LENGTH, List.of(Integer.toString(length)));
        return headers;
    }

    /** An answer's body that could not be read, as Feign reports it ({@code FeignException.errorReading}). */
    private static final class ReadFailed extends FeignException {
        private static final long serialVersionUID = 1L;

        ReadFailed(int status, IOException cause, Request request) {
            super(
                    status,
                    String.format("%s reading %s %s", cause.getMessage(), request.httpMethod(), request.url()),
                    request,
                    cause);
        }
    }
}
