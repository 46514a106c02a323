package com.algotrading.trading.squareoff;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.Product;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.market.MarketClock;
import com.algotrading.trading.orders.OrderDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Squares off intraday positions at {@code SQUARE_OFF_TIME} (default 15:15 IST, before the broker's own auto square-off
 * and its fee): cancels the intraday orders still open, then closes every intraday position through risk like any
 * order. Checked every few seconds, once per trading day; a restart after the time squares off what is still open.
 */
@Component
@org.springframework.core.annotation.Order(60)
public class SquareOff implements LeaderDuty {

    private static final Logger log = LoggerFactory.getLogger(SquareOff.class);
    private static final long CHECK_EVERY_SECONDS = 5;

    private final OrderDesk desk;
    private final MarketClock market;
    private final LocalTime squareOffTime;
    private final Clock clock;
    private volatile LocalDate doneOn;
    private ScheduledExecutorService schedule;

    SquareOff(OrderDesk desk, MarketClock market, TradingSettings settings, Clock clock) {
        this.desk = desk;
        this.market = market;
        this.squareOffTime = settings.squareOff();
        this.clock = clock;
    }

    @Override
    public void takeOver() {
        doneOn = null;
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("square-off").factory());
        schedule.scheduleWithFixedDelay(this::checkQuietly, 0, CHECK_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void handOver() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    /** Squares off if it is time and not yet done today; returns the closing orders placed. */
    public int check() {
        Instant now = clock.instant();
        LocalDate today = IstTime.date(now);
        LocalTime time = now.atZone(IstTime.ZONE).toLocalTime();
        if (today.equals(doneOn) || time.isBefore(squareOffTime) || !market.isTradingDay(today)) {
            return 0;
        }
        for (Order order : desk.inFlight()) {
            if (order.request().product() == Product.INTRADAY && !order.reducing()) {
                try {
                    desk.cancel(order.id(), "square-off");
                } catch (RuntimeException e) {
                    log.warn("Square-off could not cancel order {}: {}", order.id(), e.getMessage());
                }
            }
        }
        int closing = desk.closeAll(Optional.of(Product.INTRADAY), OrderOrigin.SQUARE_OFF, "square-off");
        doneOn = today;
        log.info("Intraday square-off at {} IST: {} closing orders", squareOffTime, closing);
        return closing;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Square-off check failed; retrying in {} s: {}", CHECK_EVERY_SECONDS, e.getMessage());
        }
    }
}
