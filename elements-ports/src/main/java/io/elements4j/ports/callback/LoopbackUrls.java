package io.elements4j.ports.callback;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a callback URL points at this machine: an http(s) URL whose host is {@code localhost}, an IPv4 address in
 * 127.0.0.0/8 or {@code ::1}. Judged from the text; no name is ever looked up. The facade allows such URLs only with
 * {@code allow-loopback-callbacks} (a sandbox's), and the sandbox calls back nothing else.
 */
public final class LoopbackUrls {

    private LoopbackUrls() {}

    /**
     * Whether {@code url} is an http(s) URL on this machine.
     *
     * @param url the URL as given
     * @return true for a loopback http or https URL; false for anything else, including text that is not a URL
     */
    public static boolean isLoopback(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return false;
            }
            String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (bare.equalsIgnoreCase("localhost")) {
                return true;
            }
            // Only literals reach getByName, which then parses them without a lookup.
            boolean literal =
                    bare.matches("\\d{1,3}(\\.\\d{1,3}){3}") || bare.matches("[0-9a-fA-F:]+") && bare.contains(":");
            return literal && InetAddress.getByName(bare).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }
}
