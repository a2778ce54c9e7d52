package io.elements4j.cli;

import io.vavr.control.Option;

/** An image's width and height, read from a PNG or JPEG header without decoding it. */
final class ImageHeader {

    private ImageHeader() {
    }

    /** {@code [width, height]} of a PNG or JPEG, when its header says. */
    static Option<int[]> dimensions(byte[] bytes) {
        if (bytes.length >= 24 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D' && bytes[15] == 'R') {
            return Option.some(new int[] {int32(bytes, 16), int32(bytes, 20)});
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return jpeg(bytes);
        }
        return Option.none();
    }

    /** Walks the JPEG segments to the first start-of-frame, which holds the dimensions. */
    private static Option<int[]> jpeg(byte[] bytes) {
        int at = 2;
        while (at + 9 < bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                return Option.none();
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return Option.some(new int[] {uint16(bytes, at + 7), uint16(bytes, at + 5)});
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Option.none();
            }
            at += 2 + uint16(bytes, at + 2);
        }
        return Option.none();
    }

    private static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | (bytes[at + 3] & 0xFF);
    }
}
