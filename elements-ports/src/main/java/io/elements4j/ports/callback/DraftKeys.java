package io.elements4j.ports.callback;

import io.elements4j.domain.draft.IdempotencyKey;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a callback names the draft it is about: when a draft carries a callback URL, the facade adds the draft's
 * idempotency key to it as the query parameter {@value #PARAMETER} (keeping every other part of the URL), so the URL
 * is the draft's own; each vendor calls back the URL exactly as given, and the receiver hands the facade the URL the
 * callback arrived at ({@link IncomingCallback#url()}). A create whose answer was lost is then found when its callback
 * comes.
 *
 * <pre>{@code
 * https://hooks.example.com/elements/callbacks?elements4j-draft=e4j-3f9a1c0b7d2e4f60a1b2c3d4e5
 * }</pre>
 */
public final class DraftKeys {

    /** The query parameter that carries the draft's key. */
    public static final String PARAMETER = "elements4j-draft";

    /** Longer than any key written out, even percent-encoded: a longer value is refused unread. */
    private static final int MAX_VALUE_CHARS = 3 * 64;

    private DraftKeys() {}

    /**
     * The callback URL with the draft's key in it: {@value #PARAMETER} added to the query (or its value replaced),
     * before any fragment.
     *
     * @param url the callback URL as the draft gives it
     * @param key the draft's idempotency key
     * @return the URL unique to the draft
     */
    public static String inUrl(String url, IdempotencyKey key) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(key, "key");
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String base = hash < 0 ? url : url.substring(0, hash);
        int question = base.indexOf('?');
        String path = question < 0 ? base : base.substring(0, question);
        String query = question < 0 ? "" : base.substring(question + 1);
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !name(pair).equals(PARAMETER)) {
                kept.append(pair).append('&');
            }
        }
        return path + "?" + kept + PARAMETER + "=" + key.value() + fragment;
    }

    /**
     * The draft a callback's URL names.
     *
     * @param url the URL (or the path and query) the callback arrived at, if the receiver gave it
     * @return none when the URL names no draft; the key; or why the parameter is not a key (quoting none of it)
     */
    public static Either<String, Option<IdempotencyKey>> fromUrl(Option<String> url) {
        if (url.isEmpty()) {
            return Either.right(Option.none());
        }
        String target = url.get();
        int question = target.indexOf('?');
        if (question < 0) {
            return Either.right(Option.none());
        }
        int hash = target.indexOf('#', question);
        String query = hash < 0 ? target.substring(question + 1) : target.substring(question + 1, hash);
        Option<IdempotencyKey> found = Option.none();
        for (String pair : query.split("&")) {
            if (!name(pair).equals(PARAMETER)) {
                continue;
            }
            Option<IdempotencyKey> key = key(pair.substring(pair.indexOf('=') + 1));
            if (key.isEmpty()) {
                return Either.left("the callback URL's " + PARAMETER + " is not a draft key (1-64 letters, digits,"
                        + " '.', '_', ':' or '-')");
            }
            if (found.isDefined() && !found.equals(key)) {
                return Either.left("the callback URL names two drafts in " + PARAMETER);
            }
            found = key;
        }
        return Either.right(found);
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }

    private static Option<IdempotencyKey> key(String value) {
        if (value.isEmpty() || value.length() > MAX_VALUE_CHARS) {
            return Option.none();
        }
        try {
            return Option.some(IdempotencyKey.of(URLDecoder.decode(value, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }
}
