package io.elements4j.media;

import static io.elements4j.media.Bytes.fourCc;
import static io.elements4j.media.Bytes.has;
import static io.elements4j.media.Bytes.int32;
import static io.elements4j.media.Bytes.int64;
import static io.elements4j.media.Bytes.uint16;
import static io.elements4j.media.Bytes.uint32;
import static io.elements4j.media.Bytes.uint8;

import io.elements4j.domain.media.MediaFacts;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the ISO base media file format (ISO/IEC 14496-12) that MP4, QuickTime, HEIF and AVIF share, by walking its
 * box tree by box headers: every box is skipped by its size, and only the few small boxes that hold facts are read, so
 * a video of any size costs a few small reads and bounded memory.
 *
 * <p>For a video: the running time from the movie header ({@code mvhd}); for a fragmented file, whose movie header
 * says 0, from the movie extends header ({@code mehd}), else the segment indexes ({@code sidx}), else the movie
 * fragments themselves ({@code moof}: each track fragment's decode time {@code tfdt} plus its samples' durations in
 * {@code trun}, with the defaults of {@code tfhd} and {@code trex}); a fragmented file with none of them is an
 * initialization segment of 0 s. The size is the stored frame's, from the sample
 * description ({@code stsd}) of the first track whose handler is {@code vide} (never a sound, text or chapter track),
 * turned a quarter when that track's matrix ({@code tkhd}) turns it; a movie without such a track has "no video
 * track" as a fact of its own.
 *
 * <p>For a HEIF or AVIF still image: the primary item ({@code pitm}) and the properties associated with it
 * ({@code ipma}): its spatial extent ({@code ispe}), turned by its rotation ({@code irot}) and cut to its clean
 * aperture ({@code clap}), as decoders show it.
 *
 * <p>Why not metadata-extractor here, which reads the still-image formats: its MP4 and QuickTime readers take the
 * duration from the movie header alone, so a fragmented file lasts 0 s (corpus {@code made/fragmented_1080p_20s.mp4},
 * as for most fragmented files of the corpus) or as long as the samples in its movie box
 * ({@code made/fragmented_nonempty_moov_1080p_6s.mp4}: 1 s of 6); and its HEIF reader gives the stored extent without
 * the item's rotation ({@code pillow/avif__rot3mir0.avif}: 427x640 stored, 640x427 shown).
 */
final class IsoMedia {

    /** The most boxes looked at in one file, so a malicious box tree cannot keep the walk going. */
    private static final int MAX_BOXES = 200_000;
    /** The deepest nesting followed (HEIF's meta/iprp/ipco is 3 deep, a fragment's moof/traf/trun 2). */
    private static final int MAX_DEPTH = 8;
    /** The largest table read whole (a fragment's sample run, a segment index, item associations). */
    private static final int MAX_TABLE_BYTES = 4 * 1024 * 1024;

    private static final Set<String> CONTAINERS =
            Set.of("moov", "trak", "mdia", "minf", "stbl", "mvex", "moof", "traf", "iprp");

    private final Content content;
    private int seen;

    private boolean movie;
    private long movieTimescale;
    private long movieDuration;
    private long fragmentDuration;
    private boolean fragmented;
    private final List<Track> tracks = new ArrayList<>();
    private Track track;
    private boolean inMeta;
    private final Map<Long, Long> trexDurations = new HashMap<>();
    private final Map<Long, BigDecimal> segmentIndexEnds = new HashMap<>();
    private final Map<Long, Long> fragmentEnds = new HashMap<>();

    private long primaryItem = -1;
    private final List<Property> properties = new ArrayList<>();
    private final Map<Long, List<Integer>> associations = new HashMap<>();

    private IsoMedia(Content content) {
        this.content = content;
    }

    /** One {@code trak}: what its headers say. */
    private static final class Track {
        long id;
        String handler = "";
        long timescale;
        long mediaDuration;
        int codedWidth;
        int codedHeight;
        int presentedWidth;
        int presentedHeight;
        boolean quarterTurn;
    }

    /** One item property of a HEIF file, by its place in {@code ipco}: a spatial extent, rotation or clean aperture. */
    private record Property(String type, long width, long height, int quarterTurns) {}

    /**
     * The facts of a video: its duration, its video track's size (or that it has none), or why they cannot be read.
     *
     * @param content the file
     * @param facts what is known already (format, size)
     * @return the facts, completed
     * @throws IOException when the file cannot be read
     */
    static MediaFacts video(Content content, MediaFacts facts) throws IOException {
        IsoMedia walk = new IsoMedia(content);
        walk.boxes(0, content.size(), 0);
        if (!walk.movie) {
            return facts.withUnreadable("no movie box (moov) was found: the file may be cut short or damaged");
        }
        MediaFacts result = facts;
        Duration duration = walk.duration();
        if (duration != null) {
            result = result.withDuration(duration);
        }
        Track video = walk.tracks.stream()
                .filter(t -> t.handler.equals("vide"))
                .filter(IsoMedia::sized)
                .findFirst()
                .orElse(walk.tracks.stream()
                        .filter(t -> t.handler.equals("vide"))
                        .findFirst()
                        .orElse(null));
        // A track whose handler cannot be read may be the picture: its size is taken, but no video track is claimed.
        Track unknownKind = walk.tracks.stream()
                .filter(t -> t.handler.isEmpty())
                .filter(IsoMedia::sized)
                .findFirst()
                .orElse(null);
        if (video != null) {
            result = result.withVideoTrack(true);
        } else if (unknownKind == null && walk.tracks.stream().noneMatch(t -> t.handler.isEmpty())) {
            result = result.withVideoTrack(false);
        }
        Track picture = video != null ? video : unknownKind;
        if (picture != null) {
            int width = picture.codedWidth > 0 ? picture.codedWidth : picture.presentedWidth;
            int height = picture.codedHeight > 0 ? picture.codedHeight : picture.presentedHeight;
            if (width > 0 && height > 0) {
                result = picture.quarterTurn
                        ? result.withDimensions(height, width)
                        : result.withDimensions(width, height);
            } else {
                result = result.withUnreadable("the video track's width and height could not be read");
            }
        }
        if (duration == null) {
            result = result.withUnreadable(
                    result.unreadable().map(more -> more + "; ").getOrElse("")
                            + "its running time could not be read (no movie header duration, fragment index or fragments)");
        }
        return result;
    }

    /**
     * The facts of a HEIF or AVIF still image: its primary image's size as shown, or why it cannot be read.
     *
     * @param content the file
     * @param facts what is known already (format, size)
     * @return the facts, completed
     * @throws IOException when the file cannot be read
     */
    static MediaFacts stillImage(Content content, MediaFacts facts) throws IOException {
        IsoMedia walk = new IsoMedia(content);
        walk.boxes(0, content.size(), 0);
        List<Integer> own = walk.associations.getOrDefault(walk.primaryItem, List.of());
        Property extent = null;
        int turns = 0;
        Property aperture = null;
        for (int index : own) {
            if (index < 1 || index > walk.properties.size()) {
                continue;
            }
            Property property = walk.properties.get(index - 1);
            switch (property.type()) {
                case "ispe" -> extent = extent == null ? property : extent;
                case "irot" -> turns = property.quarterTurns();
                case "clap" -> aperture = property;
                default -> {}
            }
        }
        if (extent == null || extent.width() <= 0 || extent.height() <= 0) {
            return facts.withUnreadable("the primary image's width and height (ispe) could not be read");
        }
        long width = aperture != null && aperture.width() > 0 ? aperture.width() : extent.width();
        long height = aperture != null && aperture.height() > 0 ? aperture.height() : extent.height();
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            return facts.withUnreadable("the primary image's width and height are out of range");
        }
        return turns % 2 == 1
                ? facts.withDimensions((int) height, (int) width)
                : facts.withDimensions((int) width, (int) height);
    }

    private static boolean sized(Track track) {
        return track.codedWidth > 0 && track.codedHeight > 0 || track.presentedWidth > 0 && track.presentedHeight > 0;
    }

    /** The running time: the movie header's; for a fragmented file mehd, then sidx, then the fragments. */
    private Duration duration() {
        Duration header = movieTimescale > 0 && movieDuration > 0 && movieDuration != 0xFFFFFFFFL
                ? seconds(BigDecimal.valueOf(movieDuration), movieTimescale)
                : null;
        if (!fragmented) {
            return header != null ? header : longestTrack();
        }
        if (fragmentDuration > 0 && movieTimescale > 0) {
            return seconds(BigDecimal.valueOf(fragmentDuration), movieTimescale);
        }
        if (!segmentIndexEnds.isEmpty()) {
            return toDuration(segmentIndexEnds.values().stream()
                    .max(BigDecimal::compareTo)
                    .orElseThrow());
        }
        BigDecimal longest = null;
        for (Map.Entry<Long, Long> end : fragmentEnds.entrySet()) {
            Track owner = trackById(end.getKey());
            if (owner != null && owner.timescale > 0) {
                BigDecimal value = BigDecimal.valueOf(end.getValue())
                        .divide(BigDecimal.valueOf(owner.timescale), 9, RoundingMode.HALF_EVEN);
                longest = longest == null || value.compareTo(longest) > 0 ? value : longest;
            }
        }
        if (longest != null || header != null) {
            return longest != null ? toDuration(longest) : header;
        }
        // An initialization segment: a movie header of 0 s, and no fragment after it holds a sample.
        return movieTimescale > 0 && movieDuration == 0 && fragmentEnds.isEmpty() ? Duration.ZERO : null;
    }

    private Duration longestTrack() {
        BigDecimal longest = null;
        for (Track each : tracks) {
            if (each.timescale > 0 && each.mediaDuration > 0 && each.mediaDuration != 0xFFFFFFFFL) {
                BigDecimal value = BigDecimal.valueOf(each.mediaDuration)
                        .divide(BigDecimal.valueOf(each.timescale), 9, RoundingMode.HALF_EVEN);
                longest = longest == null || value.compareTo(longest) > 0 ? value : longest;
            }
        }
        return longest == null ? null : toDuration(longest);
    }

    private Track trackById(long id) {
        return tracks.stream().filter(t -> t.id == id).findFirst().orElse(null);
    }

    private static Duration seconds(BigDecimal units, long timescale) {
        return toDuration(units.divide(BigDecimal.valueOf(timescale), 9, RoundingMode.HALF_EVEN));
    }

    private static Duration toDuration(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            return null;
        }
        int nanos = seconds.subtract(whole).movePointRight(9).intValue();
        return Duration.ofSeconds(whole.longValue(), nanos);
    }

    /** Walks the boxes between two positions; a box that runs past its parent ends the walk there. */
    private void boxes(long from, long to, int depth) throws IOException {
        long at = from;
        while (at + 8 <= to && seen++ < MAX_BOXES) {
            byte[] header = content.read(at, 16);
            if (header.length < 8) {
                return;
            }
            long size = uint32(header, 0);
            int headerSize = 8;
            if (size == 1) {
                if (header.length < 16) {
                    return;
                }
                size = int64(header, 8);
                headerSize = 16;
            } else if (size == 0) {
                size = to - at;
            }
            if (size < headerSize || at + size > to || at + size < at) {
                return;
            }
            String type = fourCc(header, 4);
            box(type, at + headerSize, at + size, depth);
            at += size;
        }
    }

    private void box(String type, long body, long end, int depth) throws IOException {
        if (CONTAINERS.contains(type) && depth < MAX_DEPTH) {
            if (type.equals("moov")) {
                movie = true;
            } else if (type.equals("moof")) {
                fragmented = true;
            } else if (type.equals("mvex")) {
                fragmented = true;
            }
            if (type.equals("trak")) {
                track = new Track();
                tracks.add(track);
                boxes(body, end, depth + 1);
                track = null;
            } else if (type.equals("traf")) {
                trackFragment(body, end);
            } else {
                boxes(body, end, depth + 1);
            }
            return;
        }
        switch (type) {
            case "meta" -> {
                if (depth < MAX_DEPTH) {
                    byte[] first = content.read(body, 8);
                    boolean fullBox = first.length == 8 && uint32(first, 0) == 0;
                    boolean outer = inMeta;
                    inMeta = true;
                    boxes(fullBox ? body + 4 : body, end, depth + 1);
                    inMeta = outer;
                }
            }
            case "mvhd" -> movieHeader(read(body, end, 32));
            case "mehd" -> movieExtendsHeader(read(body, end, 12));
            case "trex" -> trackExtends(read(body, end, 24));
            case "tkhd" -> trackHeader(read(body, end, 96));
            case "mdhd" -> mediaHeader(read(body, end, 36));
            case "hdlr" -> handler(read(body, end, 12));
            case "stsd" -> sampleDescription(read(body, end, 44));
            case "sidx" -> segmentIndex(readTable(body, end));
            case "pitm" -> primaryItem(read(body, end, 8));
            case "ipco" -> itemProperties(body, end);
            case "ipma" -> itemAssociations(readTable(body, end));
            default -> {}
        }
    }

    private byte[] read(long body, long end, int length) throws IOException {
        return content.read(body, (int) Math.min(length, end - body));
    }

    private byte[] readTable(long body, long end) throws IOException {
        return end - body > MAX_TABLE_BYTES ? new byte[0] : content.read(body, (int) (end - body));
    }

    private void movieHeader(byte[] box) {
        boolean wide = has(box, 0, 1) && box[0] == 1;
        if (!has(box, 0, wide ? 32 : 20)) {
            return;
        }
        movieTimescale = uint32(box, wide ? 20 : 12);
        movieDuration = wide ? int64(box, 24) : uint32(box, 16);
    }

    private void movieExtendsHeader(byte[] box) {
        boolean wide = has(box, 0, 1) && box[0] == 1;
        if (has(box, 0, wide ? 12 : 8)) {
            fragmentDuration = wide ? int64(box, 4) : uint32(box, 4);
        }
    }

    private void trackExtends(byte[] box) {
        if (has(box, 0, 20)) {
            trexDurations.put(uint32(box, 4), uint32(box, 12));
        }
    }

    /** Track id, the matrix (a quarter turn swaps width and height) and the presented size in 16.16 fixed point. */
    private void trackHeader(byte[] box) {
        if (track == null || !has(box, 0, 1)) {
            return;
        }
        boolean wide = box[0] == 1;
        int sizeAt = wide ? 88 : 76;
        if (!has(box, 0, sizeAt + 8)) {
            return;
        }
        track.id = uint32(box, wide ? 20 : 12);
        int matrixAt = sizeAt - 36;
        track.quarterTurn = int32(box, matrixAt) == 0
                && int32(box, matrixAt + 16) == 0
                && int32(box, matrixAt + 4) != 0
                && int32(box, matrixAt + 12) != 0;
        track.presentedWidth = (int) (uint32(box, sizeAt) >>> 16);
        track.presentedHeight = (int) (uint32(box, sizeAt + 4) >>> 16);
    }

    private void mediaHeader(byte[] box) {
        if (track == null || !has(box, 0, 1)) {
            return;
        }
        boolean wide = box[0] == 1;
        if (has(box, 0, wide ? 32 : 20)) {
            track.timescale = uint32(box, wide ? 20 : 12);
            track.mediaDuration = wide ? int64(box, 24) : uint32(box, 16);
        }
    }

    /** The handler type of a track's media ({@code vide}, {@code soun}, {@code text}...); other handlers are ignored. */
    private void handler(byte[] box) {
        if (track != null && !inMeta && has(box, 0, 12) && track.handler.isEmpty()) {
            track.handler = fourCc(box, 8);
        }
    }

    /** The first sample entry's stored width and height, where a visual sample entry keeps them. */
    private void sampleDescription(byte[] box) {
        if (track != null && has(box, 0, 44) && track.codedWidth == 0) {
            track.codedWidth = uint16(box, 40);
            track.codedHeight = uint16(box, 42);
        }
    }

    /** A segment index: where its last subsegment ends, in seconds, for the stream it indexes. */
    private void segmentIndex(byte[] box) {
        if (!has(box, 0, 12)) {
            return;
        }
        boolean wide = box[0] == 1;
        long referenceId = uint32(box, 4);
        long timescale = uint32(box, 8);
        int countAt = wide ? 30 : 22;
        if (timescale == 0 || !has(box, 0, countAt + 2)) {
            return;
        }
        long earliest = wide ? int64(box, 12) : uint32(box, 12);
        int count = uint16(box, countAt);
        long total = earliest;
        for (int i = 0, at = countAt + 2; i < count && has(box, at, 12); i++, at += 12) {
            total += uint32(box, at + 4);
        }
        BigDecimal end = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(timescale), 9, RoundingMode.HALF_EVEN);
        segmentIndexEnds.merge(referenceId, end, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** A track fragment: its header's defaults, its decode time, and its sample runs' durations. */
    private void trackFragment(long from, long to) throws IOException {
        long trackId = -1;
        long defaultDuration = -1;
        long start = -1;
        long total = 0;
        long at = from;
        while (at + 8 <= to && seen++ < MAX_BOXES) {
            byte[] header = content.read(at, 8);
            long size = header.length < 8 ? 0 : uint32(header, 0);
            if (size < 8 || at + size > to) {
                break;
            }
            String type = fourCc(header, 4);
            long body = at + 8;
            long end = at + size;
            if (type.equals("tfhd")) {
                byte[] box = read(body, end, 40);
                if (has(box, 0, 8)) {
                    trackId = uint32(box, 4);
                    defaultDuration = fragmentDefaultDuration(box);
                }
            } else if (type.equals("tfdt")) {
                byte[] box = read(body, end, 12);
                boolean wide = has(box, 0, 1) && box[0] == 1;
                if (has(box, 0, wide ? 12 : 8)) {
                    start = wide ? int64(box, 4) : uint32(box, 4);
                }
            } else if (type.equals("trun")) {
                long fallback = defaultDuration >= 0 ? defaultDuration : trexDurations.getOrDefault(trackId, 0L);
                total += runDuration(readTable(body, end), fallback);
            }
            at = end;
        }
        if (trackId < 0) {
            return;
        }
        long begin = start >= 0 ? start : fragmentEnds.getOrDefault(trackId, movieTrackDuration(trackId));
        fragmentEnds.merge(trackId, begin + total, Math::max);
    }

    private long movieTrackDuration(long trackId) {
        Track owner = trackById(trackId);
        return owner == null || owner.mediaDuration == 0xFFFFFFFFL ? 0 : owner.mediaDuration;
    }

    private static long fragmentDefaultDuration(byte[] box) {
        int flags = int32(box, 0) & 0xFFFFFF;
        int at = 8;
        at += (flags & 0x01) != 0 ? 8 : 0;
        at += (flags & 0x02) != 0 ? 4 : 0;
        return (flags & 0x08) != 0 && has(box, at, 4) ? uint32(box, at) : -1;
    }

    /** The sum of a sample run's durations: each sample's own when present, else the default for each sample. */
    private static long runDuration(byte[] box, long defaultDuration) {
        if (!has(box, 0, 8)) {
            return 0;
        }
        int flags = int32(box, 0) & 0xFFFFFF;
        long count = uint32(box, 4);
        if ((flags & 0x100) == 0) {
            return count * defaultDuration;
        }
        int at = 8 + ((flags & 0x01) != 0 ? 4 : 0) + ((flags & 0x04) != 0 ? 4 : 0);
        int stride = 4 * Integer.bitCount(flags & 0xF00);
        long total = 0;
        for (long i = 0; i < count && has(box, at, 4); i++, at += stride) {
            total += uint32(box, at);
        }
        return total;
    }

    private void primaryItem(byte[] box) {
        if (has(box, 0, 6)) {
            primaryItem = box[0] == 0 ? uint16(box, 4) : has(box, 0, 8) ? uint32(box, 4) : -1;
        }
    }

    /** The item properties, in order: their place (from 1) is how {@code ipma} names them. */
    private void itemProperties(long from, long to) throws IOException {
        long at = from;
        while (at + 8 <= to && seen++ < MAX_BOXES) {
            byte[] header = content.read(at, 8);
            long size = header.length < 8 ? 0 : uint32(header, 0);
            if (size < 8 || at + size > to) {
                return;
            }
            String type = fourCc(header, 4);
            byte[] box = read(at + 8, at + size, 36);
            properties.add(property(type, box));
            at += size;
        }
    }

    private static Property property(String type, byte[] box) {
        switch (type) {
            case "ispe":
                return has(box, 0, 12) ? new Property(type, uint32(box, 4), uint32(box, 8), 0) : none(type);
            case "irot":
                return has(box, 0, 1) ? new Property(type, 0, 0, uint8(box, 0) & 0x3) : none(type);
            case "clap":
                if (!has(box, 0, 16) || uint32(box, 4) == 0 || uint32(box, 12) == 0) {
                    return none(type);
                }
                return new Property(
                        type,
                        Math.round((double) uint32(box, 0) / uint32(box, 4)),
                        Math.round((double) uint32(box, 8) / uint32(box, 12)),
                        0);
            default:
                return none(type);
        }
    }

    private static Property none(String type) {
        return new Property(type, 0, 0, 0);
    }

    /** Which properties belong to which item. */
    private void itemAssociations(byte[] box) {
        if (!has(box, 0, 8)) {
            return;
        }
        int version = box[0];
        boolean wideIndex = (int32(box, 0) & 1) != 0;
        long count = uint32(box, 4);
        int at = 8;
        for (long i = 0; i < count; i++) {
            int idSize = version < 1 ? 2 : 4;
            if (!has(box, at, idSize + 1)) {
                return;
            }
            long item = idSize == 2 ? uint16(box, at) : uint32(box, at);
            at += idSize;
            int associated = uint8(box, at++);
            List<Integer> indexes = new ArrayList<>();
            for (int j = 0; j < associated; j++) {
                if (!has(box, at, wideIndex ? 2 : 1)) {
                    return;
                }
                indexes.add(wideIndex ? uint16(box, at) & 0x7FFF : uint8(box, at) & 0x7F);
                at += wideIndex ? 2 : 1;
            }
            associations.put(item, indexes);
        }
    }
}
