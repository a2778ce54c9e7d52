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
        // java.net.URI is strict (no spaces, no raw non-ASCII host) and needs no network; it only throws on bad input.
        Option<URI> uri = Try.of(() -> new URI(text)).toOption();
        return uri.flatMap(WebUrl::withDecodedHost).orElse(uri).flatMap(WebUrl::of);
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
