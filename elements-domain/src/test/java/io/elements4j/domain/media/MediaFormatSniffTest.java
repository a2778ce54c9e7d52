package io.elements4j.domain.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the first bytes of inline content say it is. */
class MediaFormatSniffTest {

    @Test
    void heif_and_avif_brands_are_still_images_not_video() {
        assertThat(MediaFormat.sniff(ftyp("heic", "mif1"))).contains(MediaFormat.HEIC);
        assertThat(MediaFormat.sniff(ftyp("avif", "mif1"))).contains(MediaFormat.AVIF);
        assertThat(MediaFormat.sniff(ftyp("mif1", "avif"))).contains(MediaFormat.AVIF);
        assertThat(MediaFormat.sniff(ftyp("mif1", "heic"))).contains(MediaFormat.HEIC);
        assertThat(MediaFormat.HEIC.isImage()).isTrue();
        assertThat(MediaFormat.AVIF.isImage()).isTrue();
    }

    @Test
    void iso_media_brands_tell_quicktime_from_mp4() {
        assertThat(MediaFormat.sniff(ftyp("qt  ", "qt  "))).contains(MediaFormat.MOV);
        assertThat(MediaFormat.sniff(ftyp("isom", "iso2"))).contains(MediaFormat.MP4);
        assertThat(MediaFormat.sniff(ftyp("3gp5", "isom"))).contains(MediaFormat.MP4);
    }

    @Test
    void an_older_quicktime_file_without_ftyp_is_told_by_its_first_atom() {
        for (String atom : new String[] {"moov", "mdat", "wide", "free", "skip", "pnot"}) {
            byte[] head = ByteBuffer.allocate(16).putInt(8).put(ascii(atom)).array();
            assertThat(MediaFormat.sniff(head)).as(atom).contains(MediaFormat.MOV);
        }
    }

    @Test
    void text_and_other_documents_are_no_media_format() {
        assertThat(MediaFormat.sniff(ascii("hello, world! this is a text file")))
                .isEqualTo(Option.none());
        assertThat(MediaFormat.sniff(ascii("%PDF-1.7\n%...."))).isEqualTo(Option.none());
        assertThat(MediaFormat.sniff(new byte[0])).isEqualTo(Option.none());
        assertThat(MediaFormat.sniff(ascii("BMxx"))).isEqualTo(Option.none());
    }

    private static byte[] ftyp(String major, String compatible) {
        return ByteBuffer.allocate(24)
                .putInt(24)
                .put(ascii("ftyp"))
                .put(ascii(major))
                .putInt(0)
                .put(ascii(compatible))
                .put(ascii("mp42"))
                .array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
