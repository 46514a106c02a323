package com.algotrading.data.candlestore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes rows in PostgreSQL's binary {@code COPY} format: the server stores the values as they come instead of
 * parsing text, which is most of its cost of taking in an import. Format: the {@code COPY} page of the PostgreSQL
 * manual ("Binary Format"): a signature, then per row a field count and each field as length + big-endian bytes; a
 * timestamp is microseconds since 2000-01-01 UTC.
 */
final class BinaryCopyRows implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final short columns;

    /** Starts a {@code COPY ... FROM STDIN (FORMAT binary)} stream of rows with {@code columns} values each. */
    BinaryCopyRows(OutputStream out, int columns) {
        this.out = out;
        this.columns = (short) columns;
        buffer.put(SIGNATURE).putInt(0).putInt(0);
    }

    /** Opens a row; follow with exactly {@code columns} values. */
    BinaryCopyRows row() throws IOException {
        ensure(Short.BYTES);
        buffer.putShort(columns);
        return this;
    }

    BinaryCopyRows bigint(long value) throws IOException {
        ensure(Integer.BYTES + Long.BYTES);
        buffer.putInt(Long.BYTES).putLong(value);
        return this;
    }

    BinaryCopyRows integer(int value) throws IOException {
        ensure(Integer.BYTES + Integer.BYTES);
        buffer.putInt(Integer.BYTES).putInt(value);
        return this;
    }

    BinaryCopyRows text(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(Integer.BYTES + bytes.length);
        buffer.putInt(bytes.length).put(bytes);
        return this;
    }

    BinaryCopyRows timestamp(Instant time) throws IOException {
        return bigint((time.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + time.getNano() / 1_000);
    }

    /** Writes the trailer and hands everything to the stream; the caller closes the stream itself. */
    @Override
    public void close() throws IOException {
        ensure(Short.BYTES);
        buffer.putShort((short) -1);
        flush();
    }

    private void ensure(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
