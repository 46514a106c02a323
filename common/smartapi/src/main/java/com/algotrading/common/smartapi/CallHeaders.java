package com.algotrading.common.smartapi;

import java.util.function.BiConsumer;

/**
 * Headers the caller's context adds to every SmartAPI call, such as the W3C {@code traceparent} of the order being
 * placed, so the broker calls show in the same trace as the request that caused them.
 */
@FunctionalInterface
public interface CallHeaders {

    CallHeaders NONE = header -> { };

    /** Adds this context's headers, by name and value, to one call. */
    void addTo(BiConsumer<String, String> header);
}
