package com.algotrading.trading.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The event stream's durable log. Publishers hand events over without waiting (not even for the JSON: the writer
 * writes the payload, an immutable view, so an order's path pays for no serialising); one writer appends them in
 * batches, so ids grow in commit order and a subscriber that resumes from an id misses nothing and sees nothing
 * twice. The state an event reports is already committed in its own table when it is published: a crash may lose the
 * notification, never the state (and the reconciliation after a restart publishes fresh ones).
 */
@Component
public class EventLog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventLog.class);
    private static final int BATCH = 500;

    private record Pending(EventType type, Object payload, Timestamp time) {
    }

    private record Written(String type, String payload, Timestamp time) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private final Thread writer;

    EventLog(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.writer = Thread.ofPlatform().daemon().name("event-log-writer").start(this::write);
    }

    /** Queues an event; {@code payload}, immutable, is written as the JSON of the matching GET. */
    public void publish(EventType type, Object payload) {
        Pending event = new Pending(type, payload, Timestamp.from(clock.instant()));
        if (!queue.offer(event)) {
            log.warn("Event log queue full: dropped a {} event", type.wireName());
        }
    }

    /** Waits up to {@code millis} for the next append; subscribers use it instead of polling blindly. */
    void awaitAppend(long millis) throws InterruptedException {
        lock.lock();
        try {
            appended.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, BATCH - 1);
            append(written(batch));
            batch.clear();
        }
    }

    private List<Written> written(List<Pending> batch) {
        List<Written> written = new ArrayList<>(batch.size());
        for (Pending event : batch) {
            try {
                written.add(new Written(event.type().wireName(), json.writeValueAsString(event.payload()), event.time()));
            } catch (RuntimeException e) {
                log.error("Could not write a {} event as JSON; it is left out of the stream", event.type().wireName(), e);
            }
        }
        return written;
    }

    private void append(List<Written> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.batchUpdate("INSERT INTO events (occurred_at, type, payload) VALUES (?, ?, ?::jsonb)", batch, batch.size(),
                        (statement, event) -> {
                            statement.setTimestamp(1, event.time());
                            statement.setString(2, event.type());
                            statement.setString(3, event.payload());
                        });
                break;
            } catch (RuntimeException e) {
                if (attempt == 1 || attempt % 60 == 0) {
                    log.warn("Could not append {} events (attempt {}); retrying", batch.size(), attempt, e);
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        lock.lock();
        try {
            appended.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void destroy() {
        writer.interrupt();
    }
}
