package com.algotrading.trading.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the event log to subscribers. Each subscriber has its own virtual thread that reads the log from where it is
 * (ids are in commit order, see {@link EventLog}), so a slow client holds up nobody, a resuming client gets exactly
 * what it missed, and the standby serves the stream as well as the active instance does.
 */
@Component
class EventStream implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EventStream.class);
    private static final int BATCH = 500;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private record Row(long id, String type, String payload) {
    }

    private final JdbcClient jdbc;
    private final EventLog eventLog;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    EventStream(JdbcClient jdbc, EventLog eventLog) {
        this.jdbc = jdbc;
        this.eventLog = eventLog;
    }

    SseEmitter subscribe(Long lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        long start = lastEventId != null ? lastEventId : newest();
        open.add(emitter);
        Thread sender = Thread.ofVirtual().name("events-subscriber").start(() -> send(emitter, start));
        Runnable stop = () -> {
            open.remove(emitter);
            sender.interrupt();
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(error -> stop.run());
        return emitter;
    }

    private void send(SseEmitter emitter, long after) {
        long last = after;
        long quietSince = System.nanoTime();
        try {
            emitter.send(SseEmitter.event().comment("trading events from id " + after));
            while (!Thread.currentThread().isInterrupted()) {
                List<Row> rows = jdbc.sql("SELECT id, type, payload::text FROM events WHERE id > ? ORDER BY id LIMIT ?")
                        .params(last, BATCH).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        .list();
                for (Row row : rows) {
                    emitter.send(SseEmitter.event().id(Long.toString(row.id())).name(row.type())
                            .data(row.payload(), org.springframework.http.MediaType.APPLICATION_JSON));
                    last = row.id();
                }
                if (!rows.isEmpty()) {
                    quietSince = System.nanoTime();
                    continue;
                }
                if (System.nanoTime() - quietSince > HEARTBEAT.toNanos()) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                    quietSince = System.nanoTime();
                }
                eventLog.awaitAppend(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        } catch (RuntimeException e) {
            log.warn("Event stream subscriber stopped: {}", e.getMessage());
            emitter.completeWithError(e);
        }
    }

    private long newest() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM events").query(Long.class).single();
    }

    /**
     * Ends every stream as the service begins to stop (before the web server's graceful shutdown), so stopping does
     * not wait for clients to hang up.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        for (SseEmitter emitter : open) {
            emitter.complete();
        }
        open.clear();
    }
}
