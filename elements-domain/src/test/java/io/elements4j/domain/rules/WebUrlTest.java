package io.elements4j.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick reading of a plain URL never answers differently from {@code java.net.URI}'s, and it does answer for the
 * URLs media usually live at.
 */
class WebUrlTest {

    @Property(tries = 5_000)
    void the_quick_reading_agrees_with_java_net_uri(@ForAll("urlLike") String text) {
        WebUrl plain = WebUrl.plain(text);
        if (plain != null) {
            assertThat(WebUrl.parsedByUri(text)).as(text).isEqualTo(Option.some(plain));
        }
        assertThat(WebUrl.parse(text)).as(text).isEqualTo(WebUrl.parsedByUri(text));
    }

    @Example
    void plain_media_urls_are_read_without_a_full_parse() {
        assertThat(WebUrl.plain("https://cdn.example.com/refs/courier-front.png"))
                .isEqualTo(new WebUrl("https", "cdn.example.com"));
        assertThat(WebUrl.plain("http://s3.amazonaws.com/bucket/a_b-c.jpg?X-Amz-Expires=300&sig=a+b/c="))
                .isEqualTo(new WebUrl("http", "s3.amazonaws.com"));
        assertThat(WebUrl.plain("https://localhost/x.mp4")).isEqualTo(new WebUrl("https", "localhost"));
    }

    @Example
    void anything_unusual_is_left_to_the_full_parse() {
        for (String text : new String[] {
            "HTTPS://cdn.example.com/a.png", // upper-case scheme
            "https://CDN.example.com/a.png", // upper-case host
            "https://cdn.example.com:8443/a.png", // a port
            "https://user@cdn.example.com/a.png", // user info
            "https://10.0.0.1/a.png", // an IP address
            "https://1.2.3/a.png", // digits in the last label
            "https://cdn.example.com./a.png", // a trailing dot
            "https://cdn..example.com/a.png", // an empty label
            "https://-cdn.example.com/a.png", // a leading hyphen
            "https://cdn-.example.com/a.png", // a trailing hyphen
            "https://ex%61mple.com/a.png", // an escape
            "https://cdn.example.com/a b.png", // a space
            "https://cdn.example.com/a.png#frag", // a fragment
            "https://cdn.example.com/ü.png", // non-ASCII
            "https://", // no host
        }) {
            assertThat(WebUrl.plain(text)).as(text).isNull();
        }
    }

    @Provide
    Arbitrary<String> urlLike() {
        Arbitrary<String> scheme =
                Arbitraries.of("https://", "http://", "HTTP://", "ftp://", "https:/", "https:", "", "https://u@");
        Arbitrary<String> host = Arbitraries.strings()
                .withChars("abcz09-.A%_:@[]")
                .ofMinLength(0)
                .ofMaxLength(14);
        Arbitrary<String> rest = Arbitraries.strings()
                .withChars("/?#%ab9-_.!~*'();:@&=+$, \"<>[]\\^`{|}éZ")
                .ofMinLength(0)
                .ofMaxLength(12);
        Arbitrary<String> hostName =
                Arbitraries.strings().withChars("abz09-.").ofMinLength(1).ofMaxLength(14);
        return Arbitraries.oneOf(
                Combinators.combine(scheme, host, rest).as((a, b, c) -> a + b + c),
                Combinators.combine(Arbitraries.of("https://", "http://"), hostName, rest)
                        .as((a, b, c) -> a + b + c));
    }
}
