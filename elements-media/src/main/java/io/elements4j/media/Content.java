package io.elements4j.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * Random access to the bytes of media: a file read whole into a buffer, or a file too large for that, read through its
 * channel by position. Readers take small pieces by position, so what they keep is bounded whatever the file's size.
 */
interface Content {

    /**
     * The size of the content.
     *
     * @return the number of bytes
     * @throws IOException when the file cannot be read
     */
    long size() throws IOException;

    /**
     * Up to {@code length} bytes from {@code position}: fewer at the end, none past it.
     *
     * @param position where to start
     * @param length how many bytes at most
     * @return the bytes read
     * @throws IOException when the file cannot be read
     */
    byte[] read(long position, int length) throws IOException;

    /**
     * The content as a stream from its start, for readers that walk a format in order.
     *
     * @return a stream over the content
     * @throws IOException when the file cannot be read
     */
    InputStream stream() throws IOException;

    /** Content held in memory. */
    static Content of(ByteBuffer buffer) {
        ByteBuffer bytes = buffer.slice().asReadOnlyBuffer();
        return new Content() {
            @Override
            public long size() {
                return bytes.remaining();
            }

            @Override
            public byte[] read(long position, int length) {
                if (position < 0 || position >= bytes.remaining() || length <= 0) {
                    return new byte[0];
                }
                int count = (int) Math.min(length, bytes.remaining() - position);
                byte[] out = new byte[count];
                bytes.get((int) position, out);
                return out;
            }

            @Override
            public InputStream stream() {
                return new BufferStream(bytes.duplicate());
            }
        };
    }

    /** Content read through a file's channel, by position; the caller closes the channel. */
    static Content of(FileChannel channel) {
        return new Content() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public byte[] read(long position, int length) throws IOException {
                if (position < 0 || length <= 0) {
                    return new byte[0];
                }
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, Math.min(length, size() - position)));
                while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
                    // keep reading until full or at the end
                }
                byte[] out = new byte[buffer.position()];
                buffer.flip().get(out);
                return out;
            }

            @Override
            public InputStream stream() throws IOException {
                return Channels.newInputStream(channel.position(0));
            }
        };
    }

    /** A stream over a buffer; skipping moves the position, so nothing skipped is copied. */
    final class BufferStream extends InputStream {
        private final ByteBuffer bytes;
        private int mark;

        BufferStream(ByteBuffer bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return bytes.hasRemaining() ? bytes.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!bytes.hasRemaining()) {
                return -1;
            }
            int count = Math.min(length, bytes.remaining());
            bytes.get(target, offset, count);
            return count;
        }

        @Override
        public long skip(long count) {
            int skipped = (int) Math.max(0, Math.min(count, bytes.remaining()));
            bytes.position(bytes.position() + skipped);
            return skipped;
        }

        @Override
        public int available() {
            return bytes.remaining();
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public synchronized void mark(int readLimit) {
            mark = bytes.position();
        }

        @Override
        public synchronized void reset() {
            bytes.position(mark);
        }
    }
}
