#!/usr/bin/env python3
"""Records the corpus's expected facts once, from ffprobe (videos) and ImageMagick's identify (still images).
Run from the folder of files (target/corpus after the build unpacked them, or the outside folder):
python3 record.py, and put its rows into expected-facts.tsv or outside-facts.tsv (see sources.md).
The build never runs it."""
import json, os, subprocess, sys

def run(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=60)
        return p.returncode, p.stdout.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return 1, ''

IMAGE_FORMATS = {'JPEG': 'JPEG', 'PNG': 'PNG', 'GIF': 'GIF', 'WEBP': 'WEBP', 'BMP': 'BMP', 'BMP2': 'BMP',
                 'BMP3': 'BMP', 'HEIC': 'HEIC', 'AVIF': 'AVIF'}

def video(path):
    code, out = run(['ffprobe', '-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path])
    if code != 0 or not out.strip():
        return None
    data = json.loads(out)
    fmt = data.get('format', {})
    name = fmt.get('format_name', '')
    if 'mp4' not in name and 'matroska' not in name and name != 'avi':
        return None
    streams = [s for s in data.get('streams', []) if not s.get('disposition', {}).get('attached_pic')]
    if not streams:
        return None
    if 'matroska' in name:
        kind = 'WEBM' if path.lower().endswith('.webm') else 'MKV'
        return ('video', kind, '', '', '', '', 'ffprobe')
    brand = fmt.get('tags', {}).get('major_brand', '')
    if brand in ('heic', 'heix', 'mif1', 'msf1', 'avif', 'avis'):
        return None
    container = 'MOV' if brand in ('qt  ', 'qt', '') else 'MP4'
    duration = fmt.get('duration', '')
    vids = [s for s in streams if s.get('codec_type') == 'video']
    width = height = ''
    if vids:
        v = vids[0]
        width, height = v.get('width', ''), v.get('height', '')
        rotation = 0
        for side in v.get('side_data_list', []):
            if 'rotation' in side:
                rotation = int(side['rotation'])
        rotation = int(v.get('tags', {}).get('rotate', rotation))
        if width and height and abs(rotation) % 180 == 90:
            width, height = height, width
    if duration:
        duration = '%.6f' % float(duration)
    return ('video', container, str(width), str(height), duration, 'true' if vids else 'false', 'ffprobe')

def image(path):
    code, out = run(['identify', '-format', '%m %w %h %W %H\n', path + '[0]'])
    if code != 0 or not out.strip():
        return None
    magick, w, h, pw, ph = out.split('\n')[0].split()
    fmt = IMAGE_FORMATS.get(magick)
    if fmt is None:
        return None
    if fmt == 'GIF':
        w, h = pw, ph
    if fmt == 'HEIC':
        head = open(path, 'rb').read(64)
        if head[4:8] == b'ftyp' and b'avif' in head[8:int.from_bytes(head[0:4], 'big')]:
            fmt = 'AVIF'
    return ('image', fmt, w, h, '', '', 'identify')

rows = []
for root, dirs, files in sorted(os.walk('.')):
    dirs.sort()
    for f in sorted(files):
        if f in ('README.md', 'expected-facts.tsv', 'record.py', 'make.sh'):
            continue
        path = os.path.join(root, f)[2:]
        facts = video(path) or image(path) or ('unread', '', '', '', '', '', 'none')
        rows.append((path,) + facts)
print('# file\tkind\tformat\twidth\theight\tduration_s\tvideo_track\tread_by')
for row in rows:
    print('\t'.join(row))
