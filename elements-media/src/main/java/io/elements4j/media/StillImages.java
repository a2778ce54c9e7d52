package io.elements4j.media;

import com.drew.imaging.bmp.BmpMetadataReader;
import com.drew.imaging.gif.GifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.jpeg.JpegReader;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A still image's stored width and height, read by metadata-extractor: a JPEG's start-of-frame (its segment reader
 * skips stray bytes between segments to the next marker, as libjpeg does), a PNG's {@code IHDR}, a GIF's logical
 * screen, a WebP's {@code VP8}/{@code VP8L}/{@code VP8X} header, a BMP's header. Only the segments that hold the size
 * are kept; the rest is skipped. A lossless or hierarchical JPEG, which few decoders read, is refused as unreadable.
 */
final class StillImages {

    private StillImages() {}

    static MediaFacts read(Content content, MediaFormat format, MediaFacts facts) throws Exception {
        try (InputStream in = new BufferedInputStream(content.stream(), 64 * 1024)) {
            return switch (format) {
                case JPEG -> jpeg(facts, JpegMetadataReader.readMetadata(in, List.of(new JpegReader())));
                case PNG ->
                    size(
                            facts,
                            PngMetadataReader.readMetadata(in),
                            PngDirectory.class,
                            PngDirectory.TAG_IMAGE_WIDTH,
                            PngDirectory.TAG_IMAGE_HEIGHT);
                case GIF ->
                    size(
                            facts,
                            GifMetadataReader.readMetadata(in),
                            GifHeaderDirectory.class,
                            GifHeaderDirectory.TAG_IMAGE_WIDTH,
                            GifHeaderDirectory.TAG_IMAGE_HEIGHT);
                case WEBP ->
                    size(
                            facts,
                            WebpMetadataReader.readMetadata(in),
                            WebpDirectory.class,
                            WebpDirectory.TAG_IMAGE_WIDTH,
                            WebpDirectory.TAG_IMAGE_HEIGHT);
                case BMP ->
                    size(
                            facts,
                            BmpMetadataReader.readMetadata(in),
                            BmpHeaderDirectory.class,
                            BmpHeaderDirectory.TAG_IMAGE_WIDTH,
                            BmpHeaderDirectory.TAG_IMAGE_HEIGHT);
                default -> facts;
            };
        }
    }

    /**
     * The JPEG coding processes of ITU T.81 that browsers and libjpeg (libjpeg-turbo before 3.0, ImageMagick with it)
     * do not decode, by the number of their start-of-frame marker (SOF<i>n</i>): lossless (3, 11) and hierarchical
     * (5, 6, 7, 13, 14, 15). A photo stored so is refused as unreadable, as its receiver would fail to decode it,
     * although its frame header gives its size.
     */
    private static final Set<Integer> UNDECODED_PROCESSES = Set.of(3, 5, 6, 7, 11, 13, 14, 15);

    private static MediaFacts jpeg(MediaFacts facts, Metadata metadata) {
        for (JpegDirectory frame : metadata.getDirectoriesOfType(JpegDirectory.class)) {
            Integer process = frame.getInteger(JpegDirectory.TAG_COMPRESSION_TYPE);
            if (process != null && UNDECODED_PROCESSES.contains(process)) {
                return facts.withUnreadable("it is a " + (process == 3 || process == 11 ? "lossless" : "hierarchical")
                        + " JPEG (SOF" + process + "), which browsers and most decoders do not read");
            }
        }
        return size(
                facts, metadata, JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT);
    }

    /** The first directory of the kind that holds both sides; a BMP stored top-down has a negative height. */
    private static MediaFacts size(
            MediaFacts facts, Metadata metadata, Class<? extends Directory> kind, int widthTag, int heightTag) {
        for (Directory directory : metadata.getDirectoriesOfType(kind)) {
            Integer width = directory.getInteger(widthTag);
            Integer height = directory.getInteger(heightTag);
            if (width != null && height != null && width != 0 && height != 0) {
                return facts.withDimensions(Math.abs(width), Math.abs(height));
            }
        }
        List<String> errors = new ArrayList<>();
        metadata.getDirectories().forEach(directory -> directory.getErrors().forEach(errors::add));
        return facts.withUnreadable("its width and height could not be read"
                + (errors.isEmpty()
                        ? ""
                        : " (" + String.join("; ", errors.subList(0, Math.min(3, errors.size()))) + ")"));
    }
}
