package io.elements4j.sandbox.useapi;

import io.elements4j.sandbox.useapi.UseapiCatalogue.SimTag;
import io.elements4j.sandbox.useapi.UseapiCatalogue.SimVoice;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * An element the simulated account holds.
 *
 * @param sequence  creation order, for sorting (several elements may share a millisecond)
 * @param video     whether it is a VIDEO element
 * @param resources cover first, then secondary views or the video
 */
record SimElement(
        String id,
        long sequence,
        String name,
        boolean video,
        String description,
        Seq<Resource> resources,
        Option<SimTag> tag,
        Option<SimVoice> voice,
        Instant createdAt,
        boolean official) {

    /** One of an element's media files: {@code resourceKey} cover, secondary or video; {@code slotKey} side, back, topView. */
    record Resource(String url, String resourceKey, String slotKey, Option<Size> size) {

        static Resource cover(String url) {
            return new Resource(url, "cover", "", Option.some(new Size(768, 1365)));
        }

        static Resource secondary(String url, String slotKey) {
            return new Resource(url, "secondary", slotKey, Option.none());
        }

        static Resource video(String url) {
            return new Resource(url, "video", "", Option.none());
        }

        boolean isCover() {
            return resourceKey.equals("cover");
        }
    }

    /** Pixel size, where the vendor reports it (the cover's). */
    record Size(int width, int height) {}

    Option<Resource> cover() {
        return resources.find(Resource::isCover);
    }
}
