package com.algotrading.trading.pnl;

import com.algotrading.trading.events.EventLog;
import com.algotrading.trading.events.EventType;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.risk.RiskGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows the day's P&L as prices move: every second it lets risk check the daily-loss limit and publishes a
 * {@code pnl} event when the figures changed; every minute it adds a point to the equity curve.
 */
@Component
@Order(70)
class PnlTracker implements LeaderDuty {

    private static final Logger log = LoggerFactory.getLogger(PnlTracker.class);

    private final Pnl pnl;
    private final RiskGate risk;
    private final EventLog events;
    private final Clock clock;
    private ScheduledExecutorService schedule;
    private volatile PnlView last;

    PnlTracker(Pnl pnl, RiskGate risk, EventLog events, Clock clock) {
        this.pnl = pnl;
        this.risk = risk;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void takeOver() {
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("pnl").factory());
        schedule.scheduleWithFixedDelay(this::follow, 1, 1, TimeUnit.SECONDS);
        schedule.scheduleWithFixedDelay(this::snapshot, 0, 60, TimeUnit.SECONDS);
    }

    @Override
    public void handOver() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    private void follow() {
        try {
            risk.checkDailyLoss();
            Instant now = clock.instant();
            PnlView view = PnlView.of(pnl.report(now, now));
            if (!view.sameFigures(last)) {
                last = view;
                events.publish(EventType.PNL, view);
            }
        } catch (RuntimeException e) {
            log.debug("P&L update skipped: {}", e.getMessage());
        }
    }

    private void snapshot() {
        try {
            pnl.snapshot();
        } catch (RuntimeException e) {
            log.debug("Equity snapshot skipped: {}", e.getMessage());
        }
    }
}
