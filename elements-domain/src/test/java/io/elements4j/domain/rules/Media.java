package io.elements4j.domain.rules;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import java.time.Duration;

/** Reference photos and videos for tests: valid on every vendor unless a test changes a fact. */
final class Media {

    static final long MB = 1024L * 1024L;

    /** A 1024x1024 jpg of 1 MB: within every vendor's photo limits. */
    static MediaFacts goodPhotoFacts() {
        return MediaFacts.unknown().withSizeBytes(MB).withDimensions(1024, 1024);
    }

    /** A 1920x1080 mp4 of 5 s and 50 MB: within every vendor's video limits. */
    static MediaFacts goodVideoFacts() {
        return MediaFacts.unknown()
                .withSizeBytes(50 * MB)
                .withDimensions(1920, 1080)
                .withDuration(Duration.ofSeconds(5));
    }

    static MediaSource photo(String name) {
        return photo(name + ".jpg", goodPhotoFacts());
    }

    static MediaSource photo(String fileName, MediaFacts facts) {
        return MediaSource.url("https://cdn.example.com/elements/" + fileName, facts);
    }

    static MediaSource video() {
        return video("clip.mp4", goodVideoFacts());
    }

    static MediaSource video(String fileName, MediaFacts facts) {
        return MediaSource.url("https://cdn.example.com/elements/" + fileName, facts);
    }

    /** The first bytes of a real JPEG file, enough for the format to be sniffed. */
    static byte[] jpegBytes() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};
    }

    static byte[] webpBytes() {
        return new byte[] {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
    }

    static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private Media() {}
}
