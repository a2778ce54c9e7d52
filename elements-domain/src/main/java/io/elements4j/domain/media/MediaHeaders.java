package io.elements4j.domain.media;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Reads what a local photo or video is from its headers alone: the format its magic bytes announce (JPEG, PNG, GIF,
 * WebP; MP4 or MOV by the {@code ftyp} box), a PNG's or JPEG's dimensions (PNG {@code IHDR}, JPEG start-of-frame
 * marker) and an MP4's or MOV's duration ({@code mvhd}) and displayed resolution (the first video {@code tkhd}).
 *
 * <p>Only headers are read, by position: the JPEG segments are skipped by their lengths and the MP4 box tree is
 * walked by box sizes, so a video of any size costs a few small reads. A header that is damaged or absent leaves the
 * fact it would have given unknown; it never fails.
 */
final class MediaHeaders {

    /** The most boxes looked at in one file, so a malicious box tree cannot keep the walk going. */
    private static final int MAX_BOXES = 10_000;

    private MediaHeaders() {
    }

    /** Random access to the bytes of a file or an array. */
    interface Content {
        long size() throws IOException;

        /** Up to {@code length} bytes from {@code position}; fewer at the end, none past it. */
        byte[] read(long position, int length) throws IOException;
    }

    /** The facts the content's headers give, with its size. */
    static MediaFacts probe(Content content) throws IOException {
        long size = content.size();
        MediaFacts facts = MediaFacts.unknown().withSizeBytes(size);
        Option<MediaFormat> format = MediaFormat.sniff(content.read(0, 16));
        if (format.isEmpty()) {
            return facts;
        }
        facts = facts.withFormat(format.get());
        switch (format.get()) {
            case PNG -> facts = png(content, facts);
            case JPEG -> facts = jpeg(content, facts);
            case MP4, MOV -> facts = isoMedia(content, size, facts);
            default -> { }
        }
        return facts;
    }

    static Content of(byte[] bytes) {
        return new Content() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public byte[] read(long position, int length) {
                if (position < 0 || position >= bytes.length) {
                    return new byte[0];
                }
                int from = (int) position;
                int to = (int) Math.min(bytes.length, (long) from + length);
                byte[] out = new byte[to - from];
                System.arraycopy(bytes, from, out, 0, out.length);
                return out;
            }
        };
    }

    /** The facts of a file, read through one {@link FileChannel} by position. */
    static MediaFacts probe(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return probe(new Content() {
                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public byte[] read(long position, int length) throws IOException {
                    ByteBuffer buffer = ByteBuffer.allocate(length);
                    while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
                        // keep reading until full or at the end
                    }
                    byte[] out = new byte[buffer.position()];
                    buffer.flip().get(out);
                    return out;
                }
            });
        }
    }

    private static MediaFacts png(Content content, MediaFacts facts) throws IOException {
        byte[] head = content.read(0, 24);
        if (head.length == 24 && head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R') {
            return dimensions(facts, uint32(head, 16), uint32(head, 20));
        }
        return facts;
    }

    /** Walks the JPEG segments, by their lengths, to the first start-of-frame, which holds the dimensions. */
    private static MediaFacts jpeg(Content content, MediaFacts facts) throws IOException {
        long at = 2;
        for (int segments = 0; segments < MAX_BOXES; segments++) {
            byte[] marker = content.read(at, 9);
            if (marker.length < 4 || (marker[0] & 0xFF) != 0xFF) {
                return facts;
            }
            int code = marker[1] & 0xFF;
            if (code == 0xFF) {
                at++;
                continue;
            }
            if (code == 0xD8 || code == 0x01 || code >= 0xD0 && code <= 0xD7) {
                at += 2;
                continue;
            }
            boolean startOfFrame = code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
            if (startOfFrame) {
                return marker.length < 9 ? facts : dimensions(facts, uint16(marker, 7), uint16(marker, 5));
            }
            if (code == 0xD9 || code == 0xDA) {
                return facts;
            }
            at += 2 + uint16(marker, 2);
        }
        return facts;
    }

    /** Walks the ISO media box tree ({@code moov} → {@code mvhd}, {@code trak} → {@code tkhd}) by box headers. */
    private static MediaFacts isoMedia(Content content, long size, MediaFacts facts) throws IOException {
        Walk walk = new Walk(content);
        walk.boxes(0, size, 0);
        MediaFacts result = facts;
        if (walk.duration != null) {
            result = result.withDuration(walk.duration);
        }
        if (walk.width > 0 && walk.height > 0) {
            result = result.withDimensions(walk.width, walk.height);
        }
        return result;
    }

    /** One walk of a box tree, collecting the movie's duration and the first video track's displayed size. */
    private static final class Walk {
        private final Content content;
        private int seen;
        private Duration duration;
        private int width;
        private int height;

        Walk(Content content) {
            this.content = content;
        }

        void boxes(long from, long to, int depth) throws IOException {
            long at = from;
            while (at + 8 <= to && seen++ < MAX_BOXES) {
                byte[] header = content.read(at, 16);
                if (header.length < 8) {
                    return;
                }
                long boxSize = uint32(header, 0);
                int headerSize = 8;
                if (boxSize == 1) {
                    if (header.length < 16) {
                        return;
                    }
                    boxSize = int64(header, 8);
                    headerSize = 16;
                } else if (boxSize == 0) {
                    boxSize = to - at;
                }
                if (boxSize < headerSize || at + boxSize > to) {
                    return;
                }
                String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
                long body = at + headerSize;
                long end = at + boxSize;
                switch (type) {
                    case "moov", "trak" -> {
                        if (depth < 4) {
                            boxes(body, end, depth + 1);
                        }
                    }
                    case "mvhd" -> movieHeader(body, end);
                    case "tkhd" -> trackHeader(body, end);
                    default -> { }
                }
                at = end;
            }
        }

        private void movieHeader(long body, long end) throws IOException {
            byte[] box = content.read(body, (int) Math.min(32, end - body));
            if (box.length < 1) {
                return;
            }
            boolean wide = box[0] == 1;
            int need = wide ? 32 : 20;
            if (box.length < need) {
                return;
            }
            long timescale = uint32(box, wide ? 20 : 12);
            long units = wide ? int64(box, 24) : uint32(box, 16);
            boolean unknown = units <= 0 || !wide && units == 0xFFFFFFFFL;
            if (timescale > 0 && !unknown) {
                duration = Duration.ofSeconds(units / timescale, (units % timescale) * 1_000_000_000L / timescale);
            }
        }

        /** Width and height are 16.16 fixed point after the matrix; a quarter-turn matrix swaps them. */
        private void trackHeader(long body, long end) throws IOException {
            if (width > 0 && height > 0) {
                return;
            }
            byte[] box = content.read(body, (int) Math.min(96, end - body));
            if (box.length < 1) {
                return;
            }
            int sizeAt = box[0] == 1 ? 88 : 76;
            if (box.length < sizeAt + 8) {
                return;
            }
            int w = (int) (uint32(box, sizeAt) >>> 16);
            int h = (int) (uint32(box, sizeAt + 4) >>> 16);
            int matrixAt = sizeAt - 36;
            boolean quarterTurn = int32(box, matrixAt) == 0 && int32(box, matrixAt + 16) == 0
                    && int32(box, matrixAt + 4) != 0;
            if (w > 0 && h > 0) {
                width = quarterTurn ? h : w;
                height = quarterTurn ? w : h;
            }
        }
    }

    private static MediaFacts dimensions(MediaFacts facts, long width, long height) {
        if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            return facts;
        }
        return facts.withDimensions((int) width, (int) height);
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | (bytes[at + 3] & 0xFF);
    }

    private static long uint32(byte[] bytes, int at) {
        return int32(bytes, at) & 0xFFFFFFFFL;
    }

    private static long int64(byte[] bytes, int at) {
        return uint32(bytes, at) << 32 | uint32(bytes, at + 4);
    }
}
