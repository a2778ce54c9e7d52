package io.elements4j.cli;

import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.tag.TagKind;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reading tags and durations the way people type them. */
final class Arguments {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    private Arguments() {}

    /** {@code CHARACTER}, {@code character}, {@code o_102}, useapi's {@code prop}: any key the catalogue knows. */
    static Tag tag(String key) {
        return TagCatalogue.lookup(key)
                .<Tag>map(Tag::of)
                .getOrElseThrow(() -> CliFailure.usage("unknown tag '" + key
                        + "'; known tags: "
                        + List.of(TagKind.values())
                                .map(k -> k.name() + " (" + k.id() + ", "
                                        + k.name().toLowerCase(Locale.ROOT) + ")")
                                .mkString(", ")));
    }

    /** {@code 90} (seconds), {@code 30s}, {@code 10m}, {@code 1h}, {@code 500ms} or ISO-8601 {@code PT10M}. */
    static Duration duration(String text) {
        String value = text.trim();
        Matcher simple = SIMPLE_DURATION.matcher(value);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "s" : simple.group(2).toLowerCase(Locale.ROOT);
            Duration parsed = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
            return positive(parsed, text);
        }
        try {
            return positive(Duration.parse(value.toUpperCase(Locale.ROOT)), text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a duration; write e.g. 90s, 10m, 1h or PT10M");
        }
    }

    private static Duration positive(Duration duration, String text) {
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + text + "' must be a positive duration");
        }
        return duration;
    }

    /** picocli's converter for {@link Duration} options. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return duration(value);
        }
    }
}
