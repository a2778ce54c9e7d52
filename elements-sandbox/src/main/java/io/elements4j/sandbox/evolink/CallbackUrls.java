package io.elements4j.sandbox.evolink;

import io.elements4j.ports.callback.LoopbackUrls;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Evolink's callback rules as its server would apply them: https only, no internal hosts (loopback, private,
 * link-local, unique-local, carrier-grade NAT), at most 2048 characters. Judged from the text; no DNS lookup.
 */
final class CallbackUrls {

    static final int MAX_LENGTH = 2048;

    private static final String IPV4 = "\\d{1,3}(\\.\\d{1,3}){3}";

    /** Why the URL is refused, or none when Evolink would accept it. */
    static Option<String> problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return Option.some("callback_url must not exceed " + MAX_LENGTH + " characters");
        }
        Option<URI> uri = Try.of(() -> new URI(url)).toOption().filter(u -> u.getHost() != null);
        if (uri.isEmpty()) {
            return Option.some("callback_url must be a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.get().getScheme())) {
            return Option.some("callback_url must use the HTTPS protocol");
        }
        return internal(uri.get().getHost().toLowerCase(Locale.ROOT))
                ? Option.some("callback_url must not point to an internal IP address")
                : Option.none();
    }

    /** Whether an http(s) URL names this machine (the sandbox's own callback receiver). */
    static boolean loopback(String url) {
        return LoopbackUrls.isLoopback(url);
    }

    private static boolean internal(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        boolean literal = host.startsWith("[") || host.matches(IPV4);
        if (!literal) {
            return false;
        }
        // A literal never triggers a lookup; one that does not parse is refused rather than trusted.
        return Try.of(() -> InetAddress.getByName(host))
                .map(CallbackUrls::internal)
                .getOrElse(true);
    }

    private static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xFE) == 0xFC;
        boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        return address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || uniqueLocal
                || carrierNat;
    }

    private CallbackUrls() {}
}
