package io.elements4j.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The validator, for any draft at all: it never throws, and what it reports is always well formed. */
class ReferenceRulesProperties {

    private static final List<RuleProfile> VENDORS =
            List.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.USEAPI, RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD);
    private static final String CODE = "[a-z_]+(\\.[a-z_]+)+";
    private static final IdempotencyKey KEY = IdempotencyKey.of("properties");

    @Property
    void never_throws_and_reports_only_well_formed_violations(@ForAll("anyDraft") ElementDraft draft) {
        for (RuleProfile vendor : VENDORS) {
            Validation<Seq<RuleViolation>, ElementDraft> result =
                    ReferenceRules.validate(draft, vendor, RuleProfiles.capabilities(vendor));
            if (result.isValid()) {
                assertThat(result.get()).isSameAs(draft);
            } else {
                assertThat(result.getError()).isNotEmpty().allSatisfy(ReferenceRulesProperties::isWellFormed);
            }
        }
    }

    @Property
    void finds_the_fault_in_a_valid_draft_made_invalid(@ForAll("mutations") Mutation mutation) {
        for (RuleProfile vendor : VENDORS) {
            Seq<RuleViolation> violations = Vendors.violations(mutation.apply(vendor), vendor);
            assertThat(violations)
                    .as("%s on %s", mutation, vendor.vendor())
                    .isNotEmpty()
                    .allSatisfy(ReferenceRulesProperties::isWellFormed)
                    .anySatisfy(v -> assertThat(v.code()).startsWith(mutation.expectedCode()));
        }
    }

    private static void isWellFormed(RuleViolation violation) {
        assertThat(violation.field()).isNotBlank();
        assertThat(violation.code()).matches(CODE);
        assertThat(violation.message()).isNotBlank().hasSizeLessThan(500).doesNotContain("\n");
    }

    // ---- any draft ------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<ElementDraft> anyDraft() {
        return Combinators.combine(
                        texts(),
                        options(texts()),
                        references(),
                        tags(),
                        voices(),
                        Arbitraries.of(true, false),
                        options(urls()))
                .as((name, description, references, tags, voice, generateViews, callback) ->
                        new ElementDraft(name, description, references, tags, voice, generateViews, callback, KEY));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(
                        2,
                        Arbitraries.strings()
                                .withChars(" \t\n\r\u00A0\u2003\u3000")
                                .ofMaxLength(30)),
                Tuple.of(
                        2,
                        Arbitraries.of("\uD83D\uDE00", "\uD83D\uDC57", "e\u0301", "\uD800", "\uDC00", "a")
                                .list()
                                .ofMaxSize(120)
                                .map(parts -> String.join("", parts))),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(5_000)));
    }

    private static Arbitrary<String> urls() {
        Arbitrary<String> schemes =
                Arbitraries.of("https://", "http://", "HTTPS://", "ftp://", "data:", "", "//", "https:");
        Arbitrary<String> hosts = Arbitraries.oneOf(
                Arbitraries.of(
                        "cdn.example.com",
                        "127.0.0.1",
                        "10.0.0.1",
                        "[::1]",
                        "[fe80::1%25eth0]",
                        "[::ffff:10.0.0.1]",
                        "localhost",
                        "a.local",
                        "2130706433",
                        "0x7f.1",
                        "[",
                        "[::",
                        "999.1.1.1",
                        "example.com:99999",
                        "user@host",
                        "",
                        "bücher.de",
                        "exa_mple.com",
                        "[1:2:3:4:5:6:7:8:9]"),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().numeric().withChars('.', 'x').ofMaxLength(40));
        Arbitrary<String> paths = Arbitraries.oneOf(
                Arbitraries.of("/front.jpg", "/clip.mp4", "/clip.MOV", "/a.webp", "/hook?x=1#y", "/", "", "/%zz"),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings()
                        .alpha()
                        .ofMinLength(2000)
                        .ofMaxLength(2100)
                        .map(p -> "/" + p));
        return Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(schemes, hosts, paths).as((s, h, p) -> s + h + p)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)));
    }

    private static Arbitrary<MediaFacts> facts() {
        Arbitrary<Duration> durations = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 999_999_999))
                        .as(Duration::ofSeconds),
                Arbitraries.longs().between(-1_000, 20_000).map(Duration::ofMillis));
        Arbitrary<Integer> edges =
                Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-1, 4_000));
        Arbitrary<Long> sizes =
                Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-1, 300L * Media.MB));
        return Combinators.combine(
                        options(Arbitraries.of(MediaFormat.class)),
                        options(sizes),
                        options(edges),
                        options(edges),
                        options(durations))
                .as(MediaFacts::new);
    }

    private static Arbitrary<MediaSource> sources() {
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                Arbitraries.of(Media.jpegBytes(), Media.webpBytes(), new byte[0], new byte[] {
                    0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '
                }));
        return Arbitraries.oneOf(
                Combinators.combine(urls(), facts()).as(MediaSource::url),
                Combinators.combine(bytes, facts()).as(MediaSource::inline));
    }

    private static Arbitrary<References> references() {
        Arbitrary<References> images = Combinators.combine(
                        sources(), sources().list().ofMaxSize(6))
                .as((frontal, extras) -> new References.ImageReferences(frontal, List.ofAll(extras)));
        Arbitrary<References> video = sources().map(References::video);
        return Arbitraries.oneOf(images, video);
    }

    private static Arbitrary<Seq<Tag>> tags() {
        Arbitrary<Set<TagKind>> known = Arbitraries.subsetOf(TagKind.values());
        Arbitrary<java.util.List<Tag>> unknown = Combinators.combine(texts(), texts())
                .as((id, name) -> (Tag) new Tag.Unrecognised(id, name))
                .list()
                .ofMaxSize(4);
        return Combinators.combine(known, unknown)
                .as((kinds, others) ->
                        List.ofAll(kinds).sorted().<Tag>map(Tag::of).appendAll(others));
    }

    private static Arbitrary<VoiceBinding> voices() {
        return Arbitraries.oneOf(
                Arbitraries.just(VoiceBinding.none()),
                Arbitraries.just(VoiceBinding.extractFromVideo()),
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .ofMinLength(1)
                        .ofMaxLength(20)
                        .map(VoiceBinding::existing),
                urls().map(VoiceBinding::fromClip));
    }

    private static <T> Arbitrary<Option<T>> options(Arbitrary<T> values) {
        return values.injectNull(0.3).map(Option::of);
    }

    // ---- valid drafts made invalid --------------------------------------------------------------------------

    /** One fault put into a draft that is valid on every vendor, and the code (or code prefix) it must raise. */
    record Mutation(String fault, String expectedCode, Function<RuleProfile, ElementDraft> draft) {
        ElementDraft apply(RuleProfile vendor) {
            return draft.apply(vendor);
        }

        @Override
        public String toString() {
            return fault;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> visible = Arbitraries.of("a", "Z", "7", "é", "\uD83D\uDE00", "\u4E2D", "-");
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 40), visible)
                        .as((over, ch) -> new Mutation(
                                "name " + over + " over the limit in '" + ch + "'",
                                RuleCodes.NAME_TOO_LONG,
                                vendor -> DraftBuilder.aPhotoDraft()
                                        .named(ch.repeat(
                                                vendor.name().maxLength().get() + over))
                                        .build())),
                Arbitraries.strings()
                        .withChars(" \t\n\u3000")
                        .ofMaxLength(40)
                        .map(blank -> new Mutation(
                                "blank name of " + blank.length(),
                                RuleCodes.NAME_BLANK,
                                vendor ->
                                        DraftBuilder.aPhotoDraft().named(blank).build())),
                Arbitraries.integers()
                        .between(101, 400)
                        .map(length -> new Mutation(
                                "description of " + length,
                                RuleCodes.DESCRIPTION_TOO_LONG,
                                vendor -> DraftBuilder.aVideoDraft()
                                        .describedAs("d".repeat(length))
                                        .build())),
                Arbitraries.integers()
                        .between(4, 6)
                        .map(count -> new Mutation(
                                count + " extras",
                                RuleCodes.REFERENCES_EXTRAS_TOO_MANY,
                                vendor -> DraftBuilder.aPhotoDraft()
                                        .withExtras(count)
                                        .build())),
                Arbitraries.integers()
                        .between(-5, 299)
                        .map(edge -> new Mutation(
                                "photo edge " + edge,
                                RuleCodes.IMAGE_TOO_SMALL,
                                vendor -> DraftBuilder.aPhotoDraft()
                                        .withFrontalFacts(MediaFacts.unknown().withDimensions(edge, 1000))
                                        .build())),
                Arbitraries.longs()
                        .between(-1_000, 2_999)
                        .map(millis -> new Mutation(
                                "video of " + millis + " ms",
                                RuleCodes.VIDEO_TOO_SHORT,
                                vendor -> DraftBuilder.aVideoDraft()
                                        .withVideoFacts(Media.goodVideoFacts().withDuration(Duration.ofMillis(millis)))
                                        .build())),
                Arbitraries.strings()
                        .alpha()
                        .ofMinLength(1)
                        .ofMaxLength(50)
                        .map(text -> new Mutation(
                                "photo URL '" + text + "'",
                                RuleCodes.MEDIA_URL_INVALID,
                                vendor -> DraftBuilder.aPhotoDraft()
                                        .withFrontal(MediaSource.url(text))
                                        .build())),
                Arbitraries.integers()
                        .between(1, 5)
                        .map(extra -> new Mutation(
                                extra + " tags over the limit",
                                "tags.",
                                vendor -> DraftBuilder.aPhotoDraft()
                                        .withTags(List.range(0, vendor.tags().maxTags() + extra)
                                                .map(i -> new Tag.Unrecognised("t_" + i, "Tag " + i)))
                                        .build())),
                badCallbacks()
                        .map(url -> new Mutation(
                                "callback " + Wording.shown(url),
                                "callback.",
                                vendor -> DraftBuilder.aPhotoDraft()
                                        .withCallback(url)
                                        .build())));
    }

    private static Arbitrary<String> badCallbacks() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMaxLength(30).map(path -> "http://hooks.example.com/" + path),
                Arbitraries.of(
                                "127.0.0.1",
                                "10.1.2.3",
                                "192.168.0.1",
                                "172.16.0.1",
                                "169.254.1.1",
                                "[::1]",
                                "localhost",
                                "100.64.0.1",
                                "[fd00::1]",
                                "0.0.0.0",
                                "db.internal")
                        .map(host -> "https://" + host + "/hook"),
                Arbitraries.integers()
                        .between(2049, 3000)
                        .map(length -> "https://hooks.example.com/" + "a".repeat(length - 26)),
                Arbitraries.strings().alpha().ofMaxLength(30));
    }
}
