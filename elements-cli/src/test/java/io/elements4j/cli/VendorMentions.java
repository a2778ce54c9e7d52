package io.elements4j.cli;

import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds where Java code names a vendor: a provider's id, one of its vendor's env names, or the name in its default
 * host ({@code klingai} of {@code api-singapore.klingai.com}), in an identifier, an import or a string — but not in a
 * comment, which may explain a vendor's ways without the code acting on them. Names are compared word by word, with
 * camel case and any separator as word breaks, so {@code KlingOfficialElementsProvider} names
 * {@code kling-official} and {@code useApiKey} names no {@code useapi}.
 */
final class VendorMentions {

    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern CAPITALS = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private final Seq<String> names;

    private VendorMentions(Seq<Seq<String>> names) {
        this.names = names.map(words -> words.mkString(" ")).distinct();
    }

    /** The names of these providers' vendors. */
    static VendorMentions of(Seq<ProviderMetadata> providers) {
        return new VendorMentions(providers.flatMap(provider -> List.of(provider.id())
                .appendAll(provider.formerIds())
                .appendAll(provider.configKeys().flatMap(ConfigKey::vendorEnvNames))
                .appendAll(hostName(provider.defaultBaseUrl()))
                .map(VendorMentions::words)));
    }

    /** The names looked for, each as its words: {@code kling official}, {@code useapi token}. */
    Seq<String> names() {
        return names;
    }

    /** Each line of {@code source} that names a vendor, as {@code line N: the line (names "x")}. */
    Seq<String> in(String source) {
        List<String> code = List.of(withoutComments(source).split("\n", -1));
        return code.zipWithIndex().flatMap(line -> {
            String words = " " + words(line._1).mkString(" ") + " ";
            return names.find(name -> words.contains(" " + name + " "))
                    .map(name -> "line " + (line._2 + 1) + ": " + line._1.trim() + " (names \"" + name + "\")");
        });
    }

    /** The host's name below its top-level domain: {@code klingai} of {@code api-singapore.klingai.com}. */
    private static List<String> hostName(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return List.empty();
        }
        List<String> labels = List.of(host.split("\\."));
        return labels.size() < 2 ? List.empty() : List.of(labels.get(labels.size() - 2));
    }

    /** Lower-case words, split at anything but letters and digits and at camel-case humps. */
    static Seq<String> words(String text) {
        String spaced = CAPITALS.matcher(HUMP.matcher(text).replaceAll("$1 $2")).replaceAll("$1 $2");
        return List.of(SEPARATORS.split(spaced.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty());
    }

    /** The source with every comment blanked, strings and line breaks kept. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                code.append(source, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Where the string, text block or character literal starting at {@code start} ends (exclusive). */
    private static int endOfLiteral(String source, int start) {
        String quote = source.startsWith("\"\"\"", start) ? "\"\"\"" : String.valueOf(source.charAt(start));
        int i = start + quote.length();
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + quote.length());
    }
}
