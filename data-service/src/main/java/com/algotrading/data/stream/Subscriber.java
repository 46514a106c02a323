package com.algotrading.data.stream;

/** One client of a stream, as {@link Subscribers} handles it whatever the stream carries. */
interface Subscriber {

    /** Buffers a comment line ({@code :connected}, {@code :heartbeat}); false once the client has gone. */
    boolean comment(String text);

    /** Stops writing to the client; called when the client or the server ends the stream. */
    void close();
}
