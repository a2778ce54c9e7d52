package io.elements4j.adapter.support;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * A response body the transport has read whole, handed to Feign as it is. Feign's own byte-array body hides its
 * array, so the decoder would copy the whole body once more to read it: {@link BodyText#bytes} takes this one's array
 * instead. The array is never written after the transport reads it.
 */
final class ReadBody implements Response.Body {

    private final byte[] bytes;

    ReadBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The body's bytes themselves, not a copy: read them, never write them. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public Integer length() {
        return bytes.length;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public InputStream asInputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader asReader(Charset charset) {
        return new InputStreamReader(asInputStream(), charset);
    }

    @Override
    public void close() {
        // nothing held: the connection was released when the body was read
    }

    @Override
    public String toString() {
        return "ReadBody[" + bytes.length + " bytes]";
    }
}
