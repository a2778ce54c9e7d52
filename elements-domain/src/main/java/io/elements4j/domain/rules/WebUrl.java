package io.elements4j.domain.rules;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.util.Locale;

/**
 * An absolute http(s) URL with a host, as far as a vendor fetching it or calling it back cares.
 *
 * @param scheme lower case, {@code http} or {@code https}
 * @param host   lower case; an IPv6 literal keeps its brackets
 */
record WebUrl(String scheme, String host) {

    private static final int MAX_PORT = 65_535;

    /** The URL, or none when the text is not an absolute http(s) URL with a host. Never throws. */
    static Option<WebUrl> parse(String text) {
        // java.net.URI is strict (no spaces, no raw non-ASCII host) and needs no network; it only throws on bad input.
        return Try.of(() -> new URI(text)).toOption()
                .filter(uri -> uri.getScheme() != null && uri.getHost() != null && !uri.getHost().isEmpty())
                .filter(uri -> uri.getPort() <= MAX_PORT)
                .map(uri -> new WebUrl(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT)))
                .filter(url -> url.scheme.equals("http") || url.isHttps());
    }

    boolean isHttps() {
        return scheme.equals("https");
    }
}
