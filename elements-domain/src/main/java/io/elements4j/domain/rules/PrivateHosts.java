package io.elements4j.domain.rules;

import io.vavr.collection.List;
import java.util.Locale;

/**
 * Whether a host, as written in a URL, is one a vendor's servers must not call back: loopback, private,
 * link-local, site-local, carrier-grade NAT, unspecified, multicast, broadcast or reserved, a name reserved for
 * local use, or an IPv6 address that carries such an IPv4 address inside it (IPv4-mapped and -compatible, NAT64
 * {@code 64:ff9b::/96} and {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32}).
 *
 * <p>Judged from the text alone, with no DNS lookup: a public name that resolves to a private address
 * ({@code 10.0.0.1.nip.io}) is not caught here, and is left to the vendor.
 */
final class PrivateHosts {

    private static final List<String> LOCAL_SUFFIXES = List.of(".localhost", ".local", ".internal");

    static boolean isPrivate(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            // a bracketed literal we cannot read is refused rather than trusted
            return IpLiterals.ipv6(name).map(PrivateHosts::isPrivateIpv6).getOrElse(true);
        }
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (bare.equals("localhost") || LOCAL_SUFFIXES.exists(bare::endsWith)) {
            return true;
        }
        return IpLiterals.ipv4(bare).map(PrivateHosts::isPrivateIpv4).getOrElse(false);
    }

    static boolean isPrivateIpv4(byte[] address) {
        int a = address[0] & 0xFF;
        int b = address[1] & 0xFF;
        return a == 0 // "this network", including 0.0.0.0
                || a == 10 // 10/8
                || a == 127 // loopback
                || a == 100 && (b & 0xC0) == 64 // 100.64/10, carrier-grade NAT
                || a == 169 && b == 254 // link-local
                || a == 172 && (b & 0xF0) == 16 // 172.16/12
                || a == 192 && b == 168 // 192.168/16
                || a >= 224; // 224/4 multicast, 240/4 reserved, 255.255.255.255 broadcast
    }

    static boolean isPrivateIpv6(byte[] address) {
        int first = address[0] & 0xFF;
        int second = address[1] & 0xFF;
        if ((first & 0xFE) == 0xFC) { // fc00::/7, unique local
            return true;
        }
        if (first == 0xFE && (second & 0x80) == 0x80) { // fe80::/10 link-local and fec0::/10 site-local
            return true;
        }
        if (first == 0xFF) { // ff00::/8 multicast
            return true;
        }
        if (first == 0x00 && second == 0x64 && (address[2] & 0xFF) == 0xFF && (address[3] & 0xFF) == 0x9B) {
            // 64:ff9b::/96 (well-known NAT64) and 64:ff9b:1::/48 (local NAT64): the IPv4 host is the last 32 bits
            return isPrivateIpv4(tail(address));
        }
        if (first == 0x20 && second == 0x02) { // 2002::/16, 6to4: the IPv4 host is bits 16-47
            return isPrivateIpv4(new byte[] {address[2], address[3], address[4], address[5]});
        }
        if (first == 0x20 && second == 0x01 && address[2] == 0 && address[3] == 0) {
            // 2001::/32, Teredo: the client's IPv4 address is the last 32 bits, inverted
            byte[] client = tail(address);
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~client[i];
            }
            return isPrivateIpv4(client);
        }
        if (zeros(address, 0, 10)) {
            boolean mapped = (address[10] & 0xFF) == 0xFF && (address[11] & 0xFF) == 0xFF;
            boolean compatible = zeros(address, 10, 12);
            // ::ffff:a.b.c.d and ::a.b.c.d reach IPv4 hosts; :: and ::1 read as 0.0.0.0 and 0.0.0.1, inside 0/8
            return (mapped || compatible) && isPrivateIpv4(tail(address));
        }
        return false;
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] address) {
        return new byte[] {address[12], address[13], address[14], address[15]};
    }

    private PrivateHosts() {}
}
