package com.algotrading.trading.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

/** Tells a progress consumer how many kibibytes of a file have been read. */
final class ProgressInputStream extends FilterInputStream {

    private final IntConsumer kibibytesRead;
    private long bytes;

    ProgressInputStream(InputStream in, IntConsumer kibibytesRead) {
        super(in);
        this.kibibytesRead = kibibytesRead;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            advance(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            advance(count);
        }
        return count;
    }

    private void advance(int count) {
        bytes += count;
        kibibytesRead.accept((int) (bytes >> 10));
    }
}
