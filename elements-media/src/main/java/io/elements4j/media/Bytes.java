package io.elements4j.media;

/** Big-endian numbers and four-letter codes at a position in a byte array, as media headers store them. */
final class Bytes {

    private Bytes() {}

    static boolean has(byte[] bytes, int at, int length) {
        return at >= 0 && bytes.length >= at + length;
    }

    static int uint8(byte[] bytes, int at) {
        return bytes[at] & 0xFF;
    }

    static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    }

    static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24
                | (bytes[at + 1] & 0xFF) << 16
                | (bytes[at + 2] & 0xFF) << 8
                | (bytes[at + 3] & 0xFF);
    }

    static long uint32(byte[] bytes, int at) {
        return int32(bytes, at) & 0xFFFFFFFFL;
    }

    static long int64(byte[] bytes, int at) {
        return uint32(bytes, at) << 32 | uint32(bytes, at + 4);
    }

    /** A four-letter code such as {@code moov}, each byte one character. */
    static String fourCc(byte[] bytes, int at) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (bytes[at + i] & 0xFF);
        }
        return new String(chars);
    }
}
