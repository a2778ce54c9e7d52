#!/bin/bash
# Makes the corpus's "made" files once with ffmpeg and ImageMagick (the build never runs this).
set -e
out=${1:-.}
cd "$out"
# The JPEG with stray bytes is made from this photo.
convert -size 1600x1200 gradient:blue-yellow -quality 30 /tmp/made-photo.jpg
V="-f lavfi -i color=c=0x3050a0:s=1920x1080:r=5"
X="-c:v libx264 -preset ultrafast -crf 51 -pix_fmt yuv420p -g 5"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
ff $V -t 5 $X -movflags +faststart plain_1080p_5s.mp4
ff $V -t 5 $X -f mov plain_1080p_5s.mov
ff $V -t 9 $X long_1080p_9s.mp4
ff $V -t 2.5 $X short_1080p_2_5s.mp4
ff -f lavfi -i color=c=0x3050a0:s=1280x720:r=5 -t 5 $X small_720p_5s.mp4
ff $V -t 20 $X -movflags frag_keyframe+empty_moov fragmented_1080p_20s.mp4
ff $V -t 2.7 $X -movflags frag_keyframe+empty_moov fragmented_1080p_2_7s.mp4
ff $V -t 5 $X -movflags frag_keyframe+empty_moov+global_sidx fragmented_sidx_1080p_5s.mp4
ff $V -t 6 $X -movflags frag_keyframe fragmented_nonempty_moov_1080p_6s.mp4
ff $V -t 5 $X -f dash -single_file 1 -seg_duration 1 dash_manifest.mpd && mv dash_manifest-stream0.mp4 dash_single_file_1080p_5s.mp4 2>/dev/null || true
rm -f dash_manifest.mpd
ff $V -t 5 $X portrait_rotated_1080p_5s.mp4
ff -f lavfi -i color=c=0x3050a0:s=1440x1080:r=5 -t 5 $X -vf setsar=4/3 anamorphic_1440x1080_sar4_3.mp4
ff -f lavfi -i sine=frequency=440:duration=5 -c:a aac audio_only_5s.m4a
ff -f lavfi -i sine=frequency=440:duration=5 -c:a aac -f mp4 audio_only_named_video.mp4
printf '1\n00:00:00,000 --> 00:00:04,000\nChapter one\n' > /tmp/made-subs.srt
ff -i /tmp/made-subs.srt $V -t 5 -map 0 -map 1 -c:s mov_text $X -f mov text_track_first_1080p.mov
ff $V -t 5 $X -f mov moov_at_end_1080p_5s.mov
python3 - <<'PY'
import struct
def boxes(data):
    at = 0
    while at + 8 <= len(data):
        size, kind = struct.unpack('>I4s', data[at:at+8])
        if size == 1: size = struct.unpack('>Q', data[at+8:at+16])[0]
        if size == 0: size = len(data) - at
        yield at, size, kind
        at += size
d = open('plain_1080p_5s.mov', 'rb').read()
# an older QuickTime file: the ftyp box renamed, so the file starts with free (or wide); offsets do not move
open('no_ftyp_free_1080p_5s.mov', 'wb').write(d[:4] + b'free' + d[8:])
open('no_ftyp_wide_1080p_5s.mov', 'wb').write(d[:4] + b'wide' + d[8:])
# a phone's portrait video: stored 1920x1080, its track matrix turns it a quarter
p = bytearray(open('portrait_rotated_1080p_5s.mp4', 'rb').read())
t = p.find(b'tkhd') + 4 + 40
p[t:t + 36] = struct.pack('>9i', 0, 65536, 0, -65536, 0, 0, 0, 0, 0x40000000)
open('portrait_rotated_1080p_5s.mp4', 'wb').write(bytes(p))
# cut short before its movie box, as a copy interrupted part way
e = open('moov_at_end_1080p_5s.mov', 'rb').read()
moov = [a for a, s, k in boxes(e) if k == b'moov'][0]
open('cut_before_moov.mov', 'wb').write(e[:moov])
# a JPEG with stray bytes between two segments, as some cameras write them
j = open('/tmp/made-photo.jpg', 'rb').read()
sof = j.find(b'\xff\xc0')
open('stray_bytes_before_sof_1600x1200.jpg', 'wb').write(j[:sof] + b'\x00\x00\x12\x34' + j[sof:])
PY
rm moov_at_end_1080p_5s.mov
convert -size 1024x768 gradient:red-blue photo_1024x768.heic
convert -size 1024x768 gradient:red-blue photo_1024x768.avif
cp photo_1024x768.heic heic_named_as_video.mp4
convert -size 1024x1024 xc:green square_1024.gif
convert -size 1024x1024 xc:green -quality 30 square_1024.webp
convert -size 164x144 gradient:white-black tiny_164x144.jpg
convert -size 4000x3000 xc:gray -quality 20 large_4000x3000.jpg
convert -size 300x800 xc:white tall_300x800.png
printf 'shopping list\n- bread\n- milk\n' > notes.txt
cp notes.txt notimage.jpg
