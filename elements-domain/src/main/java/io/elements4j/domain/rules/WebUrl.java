package io.elements4j.domain.rules;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An absolute http(s) URL with a host, as far as a vendor fetching it or calling it back cares.
 *
 * @param scheme lower case, {@code http} or {@code https}
 * @param host   lower case; an IPv6 literal keeps its brackets
 */
record WebUrl(String scheme, String host) {

    private static final int MAX_PORT = 65_535;

    /**
     * The URL, or none when the text is not an absolute http(s) URL with a host. A host written with percent-escapes
     * ({@code ex%61mple.com}) is read as a client would send it, decoded, so it is judged like any other host. Never
     * throws.
     */
    static Option<WebUrl> parse(String text) {
        WebUrl plain = plain(text);
        return plain != null ? Option.some(plain) : parsedByUri(text);
    }

    /**
     * {@link #parse} by {@code java.net.URI} alone, which is strict (no spaces, no raw non-ASCII host), needs no
     * network and only throws on bad input.
     */
    static Option<WebUrl> parsedByUri(String text) {
        Option<URI> uri = Try.of(() -> new URI(text)).toOption();
        return uri.flatMap(WebUrl::withDecodedHost).orElse(uri).flatMap(WebUrl::of);
    }

    /**
     * The URL when it is plainly one, as almost every media URL is: {@code http://} or {@code https://} in lower case,
     * a lower-case host name of dot-separated labels (letters, digits and inner hyphens, the last label starting with
     * a letter, so never an IP address), no port, no user, and after it only characters {@code java.net.URI} takes
     * as they are in a path or a query. Null for anything else, which {@link #parsedByUri} then judges: this only
     * spares the common case a full parse, and never answers differently from it (a test compares the two).
     */
    static WebUrl plain(String text) {
        int start = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
        if (start < 0) {
            return null;
        }
        int end = start;
        int label = start;
        int length = text.length();
        while (end < length) {
            char c = text.charAt(end);
            if (c == '/' || c == '?') {
                break;
            }
            if (c == '.') {
                if (!isLabel(text, label, end)) {
                    return null;
                }
                label = end + 1;
            } else if (!isLowerAlphanumeric(c) && c != '-') {
                return null;
            }
            end++;
        }
        if (!isLabel(text, label, end) || !isLowerLetter(text.charAt(label))) {
            return null;
        }
        boolean query = false;
        for (int i = end; i < length; i++) {
            char c = text.charAt(i);
            query |= c == '?';
            if (!isPathCharacter(c) && !(query && c == '?')) {
                return null;
            }
        }
        return new WebUrl(start == 8 ? "https" : "http", text.substring(start, end));
    }

    /** A host-name label: letters and digits, hyphens only inside. */
    private static boolean isLabel(String text, int from, int to) {
        return to > from && text.charAt(from) != '-' && text.charAt(to - 1) != '-';
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLowerAlphanumeric(char c) {
        return isLowerLetter(c) || c >= '0' && c <= '9';
    }

    /** A character {@code java.net.URI} takes unescaped in a path or a query: unreserved, or {@code ;/:@&=+$,}. */
    private static boolean isPathCharacter(char c) {
        return isLowerAlphanumeric(c) || c >= 'A' && c <= 'Z' || "-_.!~*'();/:@&=+$,".indexOf(c) >= 0;
    }

    /** For a URI whose authority holds percent-escapes (so {@code URI} sees no host): the same URI, host decoded. */
    private static Option<URI> withDecodedHost(URI uri) {
        String authority = uri.getRawAuthority();
        if (uri.getHost() != null || authority == null || !authority.contains("%")) {
            return Option.none();
        }
        Option<String> decoded = Try.of(() -> URLDecoder.decode(authority.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toOption();
        // what decodes into a delimiter would change what the URL means: leave it unread, so it is refused
        return decoded.filter(host -> host.chars()
                        .noneMatch(
                                c -> c == '/' || c == '?' || c == '#' || c == '@' || c == '%' || c == '\\' || c <= ' '))
                .flatMap(host -> Try.of(() -> new URI(
                                uri.getScheme(), host, uri.getRawPath(), uri.getRawQuery(), uri.getRawFragment()))
                        .toOption());
    }

    private static Option<WebUrl> of(URI parsed) {
        return Option.of(parsed)
                .filter(uri -> uri.getScheme() != null
                        && uri.getHost() != null
                        && !uri.getHost().isEmpty())
                .filter(uri -> uri.getPort() <= MAX_PORT)
                .map(uri -> new WebUrl(
                        uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT)))
                .filter(url -> url.scheme.equals("http") || url.isHttps());
    }

    boolean isHttps() {
        return scheme.equals("https");
    }
}
