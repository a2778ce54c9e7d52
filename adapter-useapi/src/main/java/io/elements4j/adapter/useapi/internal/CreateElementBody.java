package io.elements4j.adapter.useapi.internal;

/**
 * The body of {@code POST /elements} (useapi.net's element docs). Absent values are left out on the wire; {@code generateViews} is
 * sent only when true.
 *
 * @param email       the Kling account, required by useapi when several are configured
 * @param coverImage  the IMAGE element's cover URL (not with {@code video})
 * @param extraImage1 further views of an IMAGE element, up to three (not with {@code generateViews})
 * @param video       the VIDEO element's mp4 URL
 * @param tag         one tag, by {@code tagKey} or id
 * @param voice       an official voice's id or name, or the URL of a clip to make a voice from
 */
public record CreateElementBody(
        String email,
        String name,
        String coverImage,
        String extraImage1,
        String extraImage2,
        String extraImage3,
        Boolean generateViews,
        String video,
        String description,
        String tag,
        String voice) {}
