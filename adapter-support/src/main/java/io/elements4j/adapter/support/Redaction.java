package io.elements4j.adapter.support;

import io.elements4j.ports.spi.Secret;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text that may echo them — vendor bodies, exception messages, log lines — and in header values.
 * It masks the secrets it was given, wherever they appear, and anything shaped like a credential: a token after
 * {@code Bearer} or {@code Basic}, a JWT, a JSON field or query parameter named like a key, token, secret, password or
 * signature. Immutable and thread-safe.
 */
public final class Redaction {

    public static final String MASK = "****";

    /** Shorter secrets are not masked literally: masking "ab" everywhere would garble text and reveal little. */
    private static final int MIN_LITERAL_LENGTH = 6;

    private static final Pattern BEARER = Pattern.compile("(?i)\\b(Bearer)(\\s+)[A-Za-z0-9._~+/=-]{4,}");
    private static final Pattern BASIC = Pattern.compile("(?i)\\b(Basic)(\\s+)([A-Za-z0-9+/]{4,}={0,2})");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final String CREDENTIAL_NAME =
            "(?:[A-Za-z0-9]*[_-])?(?:api[_-]?key|access[_-]?key|secret[_-]?key|client[_-]?secret|secret|"
                    + "(?:access[_-]?|refresh[_-]?|id[_-]?)?token|password|passwd|authorization|signature|sig)";
    private static final Pattern JSON_FIELD =
            Pattern.compile("(?i)(\"" + CREDENTIAL_NAME + "\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    private static final Pattern QUERY_PARAM =
            Pattern.compile("(?i)([?&](?:key|" + CREDENTIAL_NAME + ")=)([^&\\s\"'#]+)");
    private static final Pattern HEADER_LINE =
            Pattern.compile("(?im)^(\\s*(?:\\[[^\\]]*\\]\\s*)?([A-Za-z0-9-]+):\\s*)(.+)$");

    private static final Redaction PATTERNS_ONLY = new Redaction(List.empty());

    /**
     * Told of every text {@link #text} is about to scan: the window a test has on what is redacted, and how often
     * (a successful call that no listener reads the body of must scan nothing). Null outside such tests.
     */
    static volatile Consumer<String> scanning;

    private final Seq<String> literals;

    private Redaction(Seq<String> literals) {
        // Longest first, so a secret that contains another is masked whole.
        this.literals = literals.distinct().sortBy(s -> -s.length());
    }

    /** Masks credential-shaped text only. */
    public static Redaction patternsOnly() {
        return PATTERNS_ONLY;
    }

    /** Masks these secrets wherever they appear, and credential-shaped text. */
    public static Redaction of(Secret... secrets) {
        return patternsOnly().and(secrets);
    }

    /** This redaction, also masking {@code secrets}. */
    public Redaction and(Secret... secrets) {
        Seq<String> added = List.of(secrets)
                .map(s -> Objects.requireNonNull(s, "secret").reveal())
                .filter(s -> s.length() >= MIN_LITERAL_LENGTH);
        return added.isEmpty() ? this : new Redaction(literals.appendAll(added));
    }

    /** The text with every secret it knows of and every credential-shaped value replaced by {@value #MASK}. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Consumer<String> watcher = scanning;
        if (watcher != null) {
            watcher.accept(text);
        }
        String out = text;
        for (String literal : literals) {
            out = out.replace(literal, MASK);
        }
        out = BEARER.matcher(out).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        out = BASIC.matcher(out)
                .replaceAll(m -> Matcher.quoteReplacement(
                        isBasicCredential(m.group(3)) ? m.group(1) + m.group(2) + MASK : m.group()));
        out = JWT.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        out = JSON_FIELD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "$3");
        out = QUERY_PARAM.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return maskHeaderLines(out);
    }

    /** Basic credentials are Base64 of {@code user:password}; "Basic plan required" is not. */
    private static boolean isBasicCredential(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.ISO_8859_1).indexOf(':') >= 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Lines shaped like {@code Name: value} whose name is sensitive keep the name and lose the value. */
    private static String maskHeaderLines(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = HEADER_LINE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = isSensitiveHeader(m.group(2)) ? m.group(1) + MASK : m.group(0);
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Whether a header carries a credential: {@code Authorization}, cookies, and any header named like a key,
     * token, secret, password, signature or credential ({@code X-Api-Key}, {@code webhook-signature}).
     */
    public static boolean isSensitiveHeader(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("authorization")
                || n.contains("cookie")
                || n.contains("key")
                || n.contains("token")
                || n.contains("secret")
                || n.contains("signature")
                || n.contains("password")
                || n.contains("credential")
                || n.contains("session");
    }

    /** The value, or {@value #MASK} when the header is sensitive. */
    public static String headerValue(String name, String value) {
        return isSensitiveHeader(name) ? MASK : value;
    }
}
