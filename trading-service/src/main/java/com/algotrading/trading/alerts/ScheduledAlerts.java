package com.algotrading.trading.alerts;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Rupees;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.live.Readiness;
import com.algotrading.trading.live.ReadinessReport;
import com.algotrading.trading.market.MarketClock;
import com.algotrading.trading.risk.RiskGate;
import com.algotrading.trading.risk.RiskView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What is looked at rather than announced, on the active instance, every {@code alerts.check-every} (1 minute): the
 * live readiness gate turning from passing to failing, and, once per trading day after {@link #SUMMARY_AT} IST, the
 * day's summary (P&L, trades, risk denials). A restart after that time sends the day's summary again.
 */
@Component
class ScheduledAlerts implements DisposableBean {

    static final LocalTime SUMMARY_AT = LocalTime.of(15, 45);
    private static final Logger log = LoggerFactory.getLogger(ScheduledAlerts.class);

    private final Alerts alerts;
    private final Leadership leadership;
    private final Readiness readiness;
    private final RiskGate risk;
    private final AuditLog audit;
    private final MarketClock market;
    private final Clock clock;
    private final boolean live;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("alerts-checks").factory());
    private boolean wasReady = true;
    private LocalDate summarised;

    ScheduledAlerts(Alerts alerts, Leadership leadership, Readiness readiness, RiskGate risk, AuditLog audit,
                    MarketClock market, Clock clock, PlatformSettings settings,
                    @Value("${alerts.check-every:60s}") Duration every) {
        this.alerts = alerts;
        this.leadership = leadership;
        this.readiness = readiness;
        this.risk = risk;
        this.audit = audit;
        this.market = market;
        this.clock = clock;
        this.live = !settings.paperTrading();
        if (alerts.enabled()) {
            schedule.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void check() {
        try {
            if (leadership.isLeader()) {
                checkReadiness();
                summariseOnce();
            }
        } catch (RuntimeException e) {
            log.warn("The scheduled alert checks failed: {}", e.getMessage());
        }
    }

    private void checkReadiness() {
        if (!live) {
            return;
        }
        ReadinessReport report = readiness.report();
        if (wasReady && !report.ready()) {
            alerts.raise(new Alert("readiness", "Live trading halted by the pre-trade checks: " + report.failures()
                    + ". It resumes by itself once they pass."));
        }
        wasReady = report.ready();
    }

    private void summariseOnce() {
        Instant now = clock.instant();
        ZonedDateTime here = now.atZone(IstTime.ZONE);
        LocalDate today = here.toLocalDate();
        if (today.equals(summarised) || here.toLocalTime().isBefore(SUMMARY_AT) || !market.isTradingDay(today)) {
            return;
        }
        summarised = today;
        RiskView view = risk.view();
        Instant dayStart = today.atStartOfDay(IstTime.ZONE).toInstant();
        long denials = audit.between(dayStart, now, 100_000).stream()
                .filter(entry -> entry.action().equals("risk.denied")).count();
        alerts.raise(new Alert("daily-summary", "Day summary " + today + ": P&L " + Rupees.format(view.dailyPnl())
                + ", " + view.tradesToday() + " trades, " + denials + " risk denial" + (denials == 1 ? "" : "s")
                + "; risk is " + view.state() + "."));
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
