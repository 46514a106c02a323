package com.algotrading.trading.squareoff;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.common.orders.Product;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.flattening.Flattener;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.market.MarketClock;
import com.algotrading.trading.orders.OrderDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Squares off intraday positions at {@code SQUARE_OFF_TIME} (default 15:15 IST, before the broker's own auto square-off
 * and its fee): cancels the intraday orders still open that add to a position, then closes every intraday position
 * through risk like any order. Checked every few seconds until the session closes, so a restart after the time, or a
 * position opened after it, is squared off too.
 */
@Component
@org.springframework.core.annotation.Order(60)
class SquareOff implements LeaderDuty {

    private static final Logger log = LoggerFactory.getLogger(SquareOff.class);
    private static final long CHECK_EVERY_SECONDS = 5;

    private final OrderDesk desk;
    private final Flattener flattener;
    private final MarketClock market;
    private final LocalTime squareOffTime;
    private final Clock clock;
    private ScheduledExecutorService schedule;

    SquareOff(OrderDesk desk, Flattener flattener, MarketClock market, TradingSettings settings, Clock clock) {
        this.desk = desk;
        this.flattener = flattener;
        this.market = market;
        this.squareOffTime = settings.squareOff();
        this.clock = clock;
    }

    @Override
    public void takeOver() {
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

    /**
     * From the square-off time to the session's close on a trading day: cancels the intraday orders that would add to
     * a position and closes every intraday position that no order of ours is already moving. Idempotent, so every
     * check may run it; returns the closing orders placed.
     */
    public int check() {
        Instant now = clock.instant();
        LocalTime time = now.atZone(IstTime.ZONE).toLocalTime();
        if (time.isBefore(squareOffTime) || !time.isBefore(NseCalendar.SESSION_CLOSE)
                || !market.isTradingDay(IstTime.date(now))) {
            return 0;
        }
        for (Order order : desk.inFlight()) {
            if (order.request().product() == Product.INTRADAY && !order.reducing() && order.status() != OrderStatus.NEW) {
                try {
                    desk.cancel(order.id(), "square-off");
                } catch (RuntimeException e) {
                    log.warn("Square-off could not cancel order {}: {}", order.id(), e.getMessage());
                }
            }
        }
        int closing = flattener.flatten(Optional.of(Product.INTRADAY), OrderOrigin.SQUARE_OFF, "square-off", true);
        if (closing > 0) {
            log.info("Intraday square-off ({} IST): {} closing orders", squareOffTime, closing);
        }
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
