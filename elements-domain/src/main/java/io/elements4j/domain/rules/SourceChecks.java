package io.elements4j.domain.rules;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/** The rules on how each photo or video is handed over: a fetchable URL, or inline bytes where accepted. */
final class SourceChecks {

    /** A rule about one photo or video. */
    @FunctionalInterface
    interface SourceRule {
        Option<RuleViolation> check(Medium medium, RuleProfile profile);
    }

    /** The rule applied to every photo and video of a draft. */
    static Rule.OnMedia eachSource(SourceRule rule) {
        Medium.Check<RuleProfile> each = (medium, facts, profile, vendor) -> rule.check(medium, profile);
        return (Medium.Media media, RuleProfile profile) -> Medium.violations(
                        media.images(), profile, profile.vendor(), each)
                .appendAll(Medium.violations(media.video(), profile, profile.vendor(), each));
    }

    static Option<RuleViolation> urlValid(Medium medium, RuleProfile profile) {
        if (!(medium.source() instanceof MediaSource.Url url)
                || WebUrl.parse(url.url()).isDefined()) {
            return Option.none();
        }
        return Option.some(RuleViolation.of(
                medium.field(),
                RuleCodes.MEDIA_URL_INVALID,
                medium.label() + " URL " + Wording.shown(url.url()) + " is not an absolute http or https URL with a"
                        + " host; " + profile.vendor() + " must be able to fetch it"));
    }

    static Option<RuleViolation> inlineAllowed(Medium medium, RuleProfile profile) {
        if (!(medium.source() instanceof MediaSource.Inline inline) || profile.inlineMedia()) {
            return Option.none();
        }
        return Option.some(RuleViolation.of(
                medium.field(),
                RuleCodes.MEDIA_INLINE_UNSUPPORTED,
                medium.label() + " is given inline (" + inline.length() + " bytes); " + profile.vendor()
                        + " takes media only as URLs"));
    }

    /** Content over what one array holds cannot be sent inline, whatever the vendor's own limit. */
    static Option<RuleViolation> inlineSize(Medium medium, RuleProfile profile) {
        if (!(medium.source() instanceof MediaSource.Inline inline)
                || inline.length() <= MediaSource.MAX_INLINE_BYTES) {
            return Option.none();
        }
        return Option.some(RuleViolation.of(
                medium.field(),
                RuleCodes.MEDIA_INLINE_TOO_LARGE,
                medium.label() + " is " + Wording.bytes(inline.length()) + "; inline media is at most "
                        + Wording.bytes(MediaSource.MAX_INLINE_BYTES) + " and " + profile.vendor()
                        + " could not be sent it"));
    }

    /**
     * A local file whose content is no photo or video at all is refused on every vendor, with what it is, whether or
     * not the vendor takes inline media; a name claiming a photo or video format is {@link #formatMatchesName}'s.
     */
    static Option<RuleViolation> knownContent(Medium medium, RuleProfile profile) {
        MediaFacts facts = medium.facts();
        if (facts.otherContent().isEmpty() || formatMatchesName(medium).isDefined()) {
            return Option.none();
        }
        return Option.some(RuleViolation.of(
                medium.field(),
                RuleCodes.MEDIA_FORMAT_UNKNOWN,
                medium.label()
                        + facts.fileName()
                                .map(name -> " file " + Wording.shown(name))
                                .getOrElse("") + " is "
                        + facts.otherContent().get() + ", not a photo or video; " + profile.vendor() + " takes "
                        + accepted(medium, profile)));
    }

    /** A local file whose key facts cannot be read is refused rather than passed with every rule skipped. */
    static Option<RuleViolation> readable(Medium medium, RuleProfile profile) {
        MediaFacts facts = medium.facts();
        return facts.unreadable()
                .map(why -> RuleViolation.of(
                        medium.field(),
                        RuleCodes.MEDIA_UNREADABLE,
                        medium.label()
                                + facts.fileName()
                                        .map(name -> " file " + Wording.shown(name))
                                        .getOrElse("")
                                + facts.format()
                                        .map(format -> " is " + Wording.format(format) + " but")
                                        .getOrElse("")
                                + " cannot be judged: " + why + "; give a complete, undamaged file"));
    }

    private static String accepted(Medium medium, RuleProfile profile) {
        Set<MediaFormat> formats = Medium.isVideo(medium)
                ? profile.video().map(RuleProfile.VideoRules::formats).getOrElse(HashSet.empty())
                : profile.images().map(RuleProfile.ImageRules::formats).getOrElse(HashSet.empty());
        return Wording.formats(formats);
    }

    /** The formats whose content announces itself, so a name claiming one of them can be checked. */
    private static final Set<MediaFormat> RECOGNISED = HashSet.of(
            MediaFormat.JPEG,
            MediaFormat.PNG,
            MediaFormat.GIF,
            MediaFormat.WEBP,
            MediaFormat.BMP,
            MediaFormat.HEIC,
            MediaFormat.AVIF,
            MediaFormat.MP4,
            MediaFormat.MOV);

    /** Formats that share one container and pass for each other when a name claims the other. */
    private static final Seq<Set<MediaFormat>> SAME_CONTAINER =
            List.of(HashSet.of(MediaFormat.MP4, MediaFormat.MOV), HashSet.of(MediaFormat.HEIC, MediaFormat.AVIF));

    /**
     * Inline content read from a named file must be what the name's extension says: a text file named {@code .jpg}
     * or a PNG named {@code .mp4} is refused before it is sent. MP4 and MOV share one container and pass for each
     * other, as do HEIC and AVIF; a name claiming a format whose content cannot be recognised here (AVI, WebM...) is
     * not checked.
     */
    static Option<RuleViolation> formatMatchesName(Medium medium) {
        if (!(medium.source() instanceof MediaSource.Inline inline)) {
            return Option.none();
        }
        Option<String> fileName = inline.facts().fileName();
        Option<MediaFormat> claimed =
                fileName.flatMap(MediaFormat::fromFileName).filter(RECOGNISED::contains);
        if (claimed.isEmpty()) {
            return Option.none();
        }
        Option<MediaFormat> content = inline.contentFormat();
        if (content.exists(found -> sameContainer(found, claimed.get()))) {
            return Option.none();
        }
        String found = content.map(format -> "is " + Wording.format(format))
                .getOrElse("is not " + Wording.format(claimed.get()) + " (" + inline.length()
                        + " bytes that start with no known image or video signature"
                        + inline.facts()
                                .otherContent()
                                .map(other -> ": " + other)
                                .getOrElse("") + ")");
        return Option.some(RuleViolation.of(
                medium.field(),
                RuleCodes.MEDIA_FORMAT_MISMATCH,
                medium.label() + " file " + Wording.shown(fileName.get()) + " is named as "
                        + Wording.format(claimed.get()) + " but its content " + found
                        + "; give a file that really is what its name says"));
    }

    private static boolean sameContainer(MediaFormat found, MediaFormat claimed) {
        return found == claimed || SAME_CONTAINER.exists(family -> family.contains(found) && family.contains(claimed));
    }

    private SourceChecks() {}
}
