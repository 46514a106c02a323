package com.algotrading.common.service.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The trace of the work on this thread: its id, for the records that keep it (an order row), and its propagation
 * headers (W3C {@code traceparent}), for the calls that a plain HTTP client makes on its behalf. Outside any trace
 * there is no id and no header.
 */
public final class CurrentTrace {

    private final Tracer tracer;
    private final Propagator propagator;

    public CurrentTrace(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The 32 hex digits of the current trace, if a span is in scope (sampled or not: the logs carry it either way). */
    public Optional<String> traceId() {
        Span span = tracer.currentSpan();
        return Optional.ofNullable(span).map(current -> current.context().traceId()).filter(id -> !id.isEmpty());
    }

    /** Adds the current span's propagation headers to an outgoing call, nothing outside a trace. */
    public void inject(BiConsumer<String, String> header) {
        TraceContext context = tracer.currentTraceContext().context();
        if (context != null) {
            propagator.inject(context, header, BiConsumer::accept);
        }
    }
}
