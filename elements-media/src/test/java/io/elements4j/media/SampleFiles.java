package io.elements4j.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Small media files written byte by byte: real headers (PNG IHDR, JPEG segments up to a start-of-frame, an MP4 box
 * tree with {@code ftyp}, {@code mvhd} and tracks whose {@code tkhd}, {@code hdlr} and {@code stsd} say what they are)
 * and a little filler, enough for any reader of headers.
 */
public final class SampleFiles {

    private SampleFiles() {}

    /** A PNG's signature, its IHDR chunk and an IEND chunk, each with its CRC. */
    public static byte[] png(int width, int height) {
        byte[] ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put(new byte[] {8, 6, 0, 0, 0})
                .array();
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                chunk("IHDR", ihdr),
                chunk("IEND", new byte[0]));
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(ascii(type))
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    /** A JPEG: SOI, a JFIF APP0, an EXIF-sized APP1 of {@code exifBytes}, a DQT, then a baseline SOF0. */
    public static byte[] jpeg(int width, int height, int exifBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0".getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xE1, new byte[exifBytes]);
        segment(out, 0xDB, new byte[65]);
        ByteBuffer sof = ByteBuffer.allocate(15);
        sof.put((byte) 8).putShort((short) height).putShort((short) width).put((byte) 3);
        sof.put(new byte[] {1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
        segment(out, 0xC0, sof.array());
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    /**
     * An MP4 ({@code brand} {@code isom}) or MOV ({@code qt  }): {@code ftyp}, a {@code moov} with a version-0
     * {@code mvhd} (timescale 600) and two tracks — a sound track first, then a video track of
     * {@code width}x{@code height} — and a small {@code mdat}.
     */
    public static byte[] video(String brand, long millis, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(box("ftyp", concat(ascii(brand), new byte[4], ascii(brand))));
        out.writeBytes(box(
                "moov",
                concat(
                        movieHeader(600, millis * 600 / 1000),
                        track("soun", 0, 0, false),
                        track("vide", width, height, false))));
        out.writeBytes(box("mdat", new byte[64]));
        return out.toByteArray();
    }

    /** An MP4 of {@code millis} at {@code width}x{@code height}. */
    public static byte[] mp4(long millis, int width, int height) {
        return video("isom", millis, width, height);
    }

    /** A version-0 {@code mvhd}: the movie's timescale and duration. */
    public static byte[] movieHeader(long timescale, long units) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.putInt(0).putInt(0).putInt(0).putInt((int) timescale).putInt((int) units);
        return box("mvhd", b.array());
    }

    /**
     * A {@code trak}: a version-0 {@code tkhd} ({@code quarterTurn} writes a 90-degree rotation matrix), and a
     * {@code mdia} whose {@code hdlr} names the {@code handler} ({@code vide}, {@code soun}, {@code text}) and whose
     * {@code stsd} holds one sample entry of {@code width}x{@code height}.
     */
    public static byte[] track(String handler, int width, int height, boolean quarterTurn) {
        ByteBuffer b = ByteBuffer.allocate(84);
        b.putInt(0)
                .putInt(0)
                .putInt(0)
                .putInt(1)
                .putInt(0)
                .putInt(0)
                .putLong(0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0);
        int one = 0x00010000;
        int[] matrix = quarterTurn
                ? new int[] {0, one, 0, -one, 0, 0, 0, 0, 0x40000000}
                : new int[] {one, 0, 0, 0, one, 0, 0, 0, 0x40000000};
        for (int value : matrix) {
            b.putInt(value);
        }
        b.putInt(width << 16).putInt(height << 16);
        byte[] hdlr = box(
                "hdlr",
                ByteBuffer.allocate(25).putInt(0).putInt(0).put(ascii(handler)).array());
        byte[] entry = box(
                "avc1",
                ByteBuffer.allocate(70)
                        .position(24)
                        .putShort((short) width)
                        .putShort((short) height)
                        .array());
        byte[] stsd =
                box("stsd", concat(ByteBuffer.allocate(8).putInt(0).putInt(1).array(), entry));
        byte[] mdhd = box(
                "mdhd",
                ByteBuffer.allocate(24)
                        .putInt(0)
                        .putInt(0)
                        .putInt(0)
                        .putInt(600)
                        .putInt(0)
                        .array());
        return box(
                "trak",
                concat(box("tkhd", b.array()), box("mdia", concat(mdhd, hdlr, box("minf", box("stbl", stsd))))));
    }

    /**
     * A sparse MP4 on disk of about {@code mediaBytes}: {@code ftyp}, a 64-bit {@code mdat} with nothing written in
     * it, then a {@code moov} of 5 s at 1280x720 — the movie box is found by seeking, never by reading.
     */
    public static Path sparseVideo(Path file, long mediaBytes) throws IOException {
        byte[] moov = box("moov", concat(movieHeader(600, 600 * 5), track("vide", 1280, 720, false)));
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(box("ftyp", ascii("isom\0\0\0\0isom"))));
            out.write(ByteBuffer.allocate(16)
                    .putInt(1)
                    .put(ascii("mdat"))
                    .putLong(16 + mediaBytes)
                    .flip());
            out.write(ByteBuffer.wrap(moov), out.position() + mediaBytes);
        }
        return file;
    }

    /** A box: 32-bit size, four-letter type, payload. */
    public static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length)
                .putInt(8 + payload.length)
                .put(ascii(type))
                .put(payload)
                .array();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
