package io.elements4j.domain.media;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;

/** A container or image format, as far as the rules care. */
public enum MediaFormat {
    /** JPEG photo ({@code .jpg}, {@code .jpeg}). */
    JPEG(true, "jpg", "jpeg"),
    /** PNG photo. */
    PNG(true, "png"),
    /** WebP photo. */
    WEBP(true, "webp"),
    /** GIF image. */
    GIF(true, "gif"),
    /** BMP image. */
    BMP(true, "bmp"),
    /** HEIC photo. */
    HEIC(true, "heic"),
    /** MP4 video. */
    MP4(false, "mp4"),
    /** QuickTime video ({@code .mov}). */
    MOV(false, "mov"),
    /** WebM video. */
    WEBM(false, "webm"),
    /** AVI video. */
    AVI(false, "avi"),
    /** Matroska video ({@code .mkv}). */
    MKV(false, "mkv");

    private final boolean image;
    private final List<String> extensions;

    MediaFormat(boolean image, String... extensions) {
        this.image = image;
        this.extensions = List.of(extensions);
    }

    /**
     * Whether this media format is image.
     *
     * @return whether this media format is image
     */
    public boolean isImage() {
        return image;
    }

    /**
     * Whether this media format is video.
     *
     * @return whether this media format is video
     */
    public boolean isVideo() {
        return !image;
    }

    /**
     * The extensions.
     *
     * @return the extensions
     */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format a file name or URL path ends with, ignoring any query string or fragment.
     *
     * @param nameOrUrl a file name or URL
     * @return the format a file name or URL path ends with, ignoring any query string or fragment
     */
    public static Option<MediaFormat> fromFileName(String nameOrUrl) {
        if (nameOrUrl == null) {
            return Option.none();
        }
        String path = nameOrUrl;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < slash) {
            return Option.none();
        }
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return List.of(values()).find(f -> f.extensions.contains(ext));
    }

    /**
     * The format named by a MIME type such as {@code image/png} or {@code video/quicktime}.
     *
     * @param mime a MIME type such as {@code image/png}
     * @return the format named by a MIME type such as {@code image/png} or {@code video/quicktime}
     */
    public static Option<MediaFormat> fromMimeType(String mime) {
        if (mime == null) {
            return Option.none();
        }
        String m = mime.toLowerCase(Locale.ROOT).trim();
        if (m.equals("video/quicktime")) {
            return Option.some(MOV);
        }
        int slash = m.indexOf('/');
        return slash < 0 ? Option.none() : fromFileName("x." + m.substring(slash + 1));
    }

    /**
     * The format the first bytes of a file announce (magic numbers), for inline media.
     *
     * @param head the first bytes of the content
     * @return the format the first bytes of a file announce (magic numbers), for inline media
     */
    public static Option<MediaFormat> sniff(byte[] head) {
        if (head == null) {
            return Option.none();
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Option.some(JPEG);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return Option.some(PNG);
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return Option.some(GIF);
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E') {
            return Option.some(WEBP);
        }
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return Option.some(head[8] == 'q' && head[9] == 't' ? MOV : MP4);
        }
        return Option.none();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
