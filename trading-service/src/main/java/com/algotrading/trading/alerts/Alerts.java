package com.algotrading.trading.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends alerts to every channel, on a thread of its own (a slow webhook never holds up an order), at most one per
 * kind per {@link #WINDOW}: the rest of a flood is counted, and the count goes out when the window ends ("and 12 more
 * like it in the last minute"). A channel that fails is logged and the others still get the alert.
 */
final class Alerts implements DisposableBean {

    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    private final List<AlertChannel> channels;
    private final String environment;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("alerts").factory());
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("alerts-flush").factory());

    private static final class Window {
        private Instant opened;
        private int suppressed;

        private Window(Instant opened) {
            this.opened = opened;
        }
    }

    Alerts(List<AlertChannel> channels, String environment, Clock clock, Duration flushEvery) {
        this.channels = List.copyOf(channels);
        this.environment = environment;
        this.clock = clock;
        flusher.scheduleWithFixedDelay(this::flush, flushEvery.toMillis(), flushEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean enabled() {
        return !channels.isEmpty();
    }

    void raise(Alert alert) {
        if (!enabled()) {
            return;
        }
        Instant now = clock.instant();
        synchronized (windows) {
            Window window = windows.get(alert.kind());
            if (window != null && now.isBefore(window.opened.plus(WINDOW))) {
                window.suppressed++;
                return;
            }
            windows.put(alert.kind(), new Window(now));
        }
        deliver(alert.kind(), alert.text());
    }

    /** Tells the count of each ended window that suppressed anything. */
    void flush() {
        Instant now = clock.instant();
        Map<String, Integer> counts = new HashMap<>();
        synchronized (windows) {
            windows.values().removeIf(window -> !now.isBefore(window.opened.plus(WINDOW)) && window.suppressed == 0);
            windows.forEach((kind, window) -> {
                if (!now.isBefore(window.opened.plus(WINDOW)) && window.suppressed > 0) {
                    counts.put(kind, window.suppressed);
                    window.opened = now;
                    window.suppressed = 0;
                }
            });
        }
        counts.forEach((kind, count) -> deliver(kind, "and " + count + " more " + kind + " alert"
                + (count == 1 ? "" : "s") + " in the last minute (one per minute is sent)"));
    }

    private void deliver(String kind, String text) {
        String subject = "[algo-trading " + environment + "] " + kind;
        sender.execute(() -> {
            for (AlertChannel channel : channels) {
                try {
                    channel.send(subject, text);
                } catch (RuntimeException e) {
                    log.warn("A {} alert could not be sent through {}: {}", kind, channel.getClass().getSimpleName(),
                            e.getMessage());
                }
            }
        });
    }

    @Override
    public void destroy() throws Exception {
        flusher.shutdownNow();
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        for (AlertChannel channel : channels) {
            if (channel instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
