package io.elements4j.domain.media;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
    /** HEIF photo ({@code .heic}, {@code .heif}), as phones take them. */
    HEIC(true, "heic", "heif"),
    /** AVIF photo: an AV1-coded still image in the same HEIF container. */
    AVIF(true, "avif"),
    /** MP4 video (also {@code .m4v}, and 3GPP's {@code .3gp}, which is the same container). */
    MP4(false, "mp4", "m4v", "3gp"),
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
        return Option.of(BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
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

    /** Each extension's format, looked up on every media URL a draft names. */
    private static final Map<String, MediaFormat> BY_EXTENSION = byExtension();

    private static Map<String, MediaFormat> byExtension() {
        Map<String, MediaFormat> formats = new HashMap<>();
        for (MediaFormat format : values()) {
            format.extensions.forEach(ext -> formats.put(ext, format));
        }
        return Map.copyOf(formats);
    }

    /** How many of the first bytes {@link #sniff} looks at: enough for a {@code ftyp} box's first brands. */
    public static final int SNIFF_BYTES = 64;

    /** Major brands of HEIF stills (ISO/IEC 23008-12) other than AVIF's. */
    private static final List<String> HEIF_BRANDS = List.of("heic", "heix", "heim", "heis", "hevc", "hevx");

    /** The generic HEIF brands, which say "still image" but not whether HEVC or AV1 codes it. */
    private static final List<String> GENERIC_HEIF_BRANDS = List.of("mif1", "msf1", "mif2");

    /** Top-level QuickTime atoms an older {@code .mov} starts with when it has no {@code ftyp} box. */
    private static final List<String> LEADING_QUICKTIME_ATOMS = List.of("moov", "mdat", "wide", "free", "skip", "pnot");

    /**
     * The format the first bytes of a file announce (magic numbers), for inline media: JPEG, PNG, GIF, WebP, BMP, AVI,
     * WebM and Matroska (by the EBML header's document type); in
     * the ISO base media file format, the {@code ftyp} box's brands tell a HEIF or AVIF still image from MP4 or
     * QuickTime video, and a QuickTime file without {@code ftyp} is told by its first atom.
     *
     * @param head the first bytes of the content; {@value #SNIFF_BYTES} are enough
     * @return the format, or none when the content is not a recognised image or video
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
        if (startsWith(head, 'R', 'I', 'F', 'F')
                && head.length >= 12
                && ascii(head, 8).equals("WEBP")) {
            return Option.some(WEBP);
        }
        if (startsWith(head, 'R', 'I', 'F', 'F')
                && head.length >= 12
                && ascii(head, 8).equals("AVI ")) {
            return Option.some(AVI);
        }
        if (startsWith(head, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Option.some(new String(head, StandardCharsets.ISO_8859_1).contains("webm") ? WEBM : MKV);
        }
        if (startsWith(head, 'B', 'M')
                && head.length >= 18
                && head[6] == 0
                && head[7] == 0
                && head[8] == 0
                && head[9] == 0) {
            return Option.some(BMP);
        }
        if (head.length >= 12 && ascii(head, 4).equals("ftyp")) {
            return Option.some(isoMediaByBrands(head));
        }
        if (head.length >= 8
                && LEADING_QUICKTIME_ATOMS.contains(ascii(head, 4))
                && (boxSize(head) >= 8 || boxSize(head) <= 1)) {
            return Option.some(MOV);
        }
        return Option.none();
    }

    /** The major brand decides; a generic HEIF brand is AVIF when a compatible brand says so. */
    private static MediaFormat isoMediaByBrands(byte[] head) {
        String major = ascii(head, 8);
        if (major.equals("qt  ")) {
            return MOV;
        }
        if (major.equals("avif") || major.equals("avis")) {
            return AVIF;
        }
        if (HEIF_BRANDS.contains(major)) {
            return HEIC;
        }
        if (GENERIC_HEIF_BRANDS.contains(major)) {
            long end = Math.min(head.length, boxSize(head));
            for (int at = 16; at + 4 <= end; at += 4) {
                String brand = ascii(head, at);
                if (brand.equals("avif") || brand.equals("avis")) {
                    return AVIF;
                }
            }
            return HEIC;
        }
        return MP4;
    }

    private static long boxSize(byte[] head) {
        return ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
    }

    private static String ascii(byte[] bytes, int at) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (bytes[at + i] & 0xFF);
        }
        return new String(chars);
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
