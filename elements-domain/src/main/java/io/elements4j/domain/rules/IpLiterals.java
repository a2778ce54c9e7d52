package io.elements4j.domain.rules;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Reads IP address literals by hand, so no text is ever handed to a resolver ({@code InetAddress.getByName} would
 * look a name up in DNS).
 */
final class IpLiterals {

    private static final BigInteger IPV4_LIMIT = BigInteger.ONE.shiftLeft(32);

    /**
     * An IPv4 host as the WHATWG URL standard reads it, which is also how C resolvers read it: 1 to 4 parts,
     * each decimal, octal ({@code 0177}) or hex ({@code 0x7f}), the last filling the remaining bytes
     * ({@code 127.1}, {@code 2130706433}). None when the text is not such a number.
     */
    static Option<byte[]> ipv4(String host) {
        String text = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        List<String> parts = List.of(text.split("\\.", -1));
        if (parts.size() > 4) {
            return Option.none();
        }
        List<Option<BigInteger>> numbers = parts.map(IpLiterals::ipv4Part);
        if (numbers.exists(Option::isEmpty)) {
            return Option.none();
        }
        List<BigInteger> values = numbers.map(Option::get);
        if (values.init().exists(v -> v.compareTo(BigInteger.valueOf(255)) > 0)) {
            return Option.none();
        }
        BigInteger last = values.last();
        int lastBytes = 5 - values.size();
        if (last.compareTo(BigInteger.ONE.shiftLeft(8 * lastBytes)) >= 0) {
            return Option.none();
        }
        BigInteger address = last;
        for (int i = 0; i < values.size() - 1; i++) {
            address = address.add(values.get(i).shiftLeft(8 * (3 - i)));
        }
        return address.compareTo(IPV4_LIMIT) < 0 ? Option.some(toBytes(address.longValue())) : Option.none();
    }

    private static Option<BigInteger> ipv4Part(String part) {
        if (part.isEmpty() || part.length() > 64) {
            return Option.none();
        }
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            String digits = lower.substring(2);
            return digits.isEmpty() ? Option.some(BigInteger.ZERO) : number(digits, 16);
        }
        if (lower.length() > 1 && lower.startsWith("0")) {
            return number(lower.substring(1), 8);
        }
        return number(lower, 10);
    }

    /** ASCII digits only: {@code Character.digit} would also accept other scripts' digits. */
    private static Option<BigInteger> number(String digits, int radix) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= 128 || Character.digit(c, radix) < 0) {
                return Option.none();
            }
        }
        return Option.some(new BigInteger(digits, radix));
    }

    private static byte[] toBytes(long address) {
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    /**
     * An IPv6 literal, with or without brackets and zone id ({@code [fe80::1%eth0]}), including a dotted IPv4
     * tail ({@code ::ffff:127.0.0.1}). None when the text is not one.
     */
    static Option<byte[]> ipv6(String host) {
        String text = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        if (!text.contains(":") || text.length() > 45) {
            return Option.none();
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Option.none();
        }
        Option<List<Integer>> head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        Option<List<Integer>> tail = gap < 0 ? Option.some(List.empty()) : groups(text.substring(gap + 2), true);
        if (head.isEmpty() || tail.isEmpty()) {
            return Option.none();
        }
        int missing = 8 - head.get().size() - tail.get().size();
        if (gap < 0 ? missing != 0 : missing < 1) {
            return Option.none();
        }
        List<Integer> all =
                head.get().appendAll(List.fill(gap < 0 ? 0 : missing, 0)).appendAll(tail.get());
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (all.get(i) >>> 8);
            bytes[2 * i + 1] = (byte) (int) all.get(i);
        }
        return Option.some(bytes);
    }

    /** Colon-separated 16-bit groups; a dotted IPv4 last group, where allowed, counts as two. */
    private static Option<List<Integer>> groups(String text, boolean ipv4TailAllowed) {
        if (text.isEmpty()) {
            return Option.some(List.empty());
        }
        List<String> parts = List.of(text.split(":", -1));
        List<Integer> out = List.empty();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (ipv4TailAllowed && i == parts.size() - 1 && part.contains(".")) {
                Option<byte[]> v4 = dottedQuad(part);
                if (v4.isEmpty()) {
                    return Option.none();
                }
                byte[] b = v4.get();
                return Option.some(
                        out.append(((b[0] & 0xFF) << 8) | (b[1] & 0xFF)).append(((b[2] & 0xFF) << 8) | (b[3] & 0xFF)));
            }
            if (part.isEmpty() || part.length() > 4 || number(part, 16).isEmpty()) {
                return Option.none();
            }
            out = out.append(Integer.parseInt(part, 16));
        }
        return Option.some(out);
    }

    /** Strict a.b.c.d with decimal parts, as RFC 4291 allows inside IPv6. */
    private static Option<byte[]> dottedQuad(String text) {
        List<String> parts = List.of(text.split("\\.", -1));
        boolean strict = parts.size() == 4
                && parts.forAll(p -> !p.isEmpty()
                        && p.length() <= 3
                        && p.chars().allMatch(c -> c >= '0' && c <= '9')
                        && Integer.parseInt(p) <= 255);
        if (!strict) {
            return Option.none();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts.get(i));
        }
        return Option.some(bytes);
    }

    private IpLiterals() {}
}
