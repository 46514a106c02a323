package com.algotrading.common.risk;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule against an account that passes every other one. Money in paise. */
class RiskEngineTest {

    private static final RiskLimits LIMITS = new RiskLimits(10, 5_000_000, 20_000_000, 3, 10_000_000, 9);
    private static final RiskEngine ENGINE = RiskEngine.standard(200_000);
    private static final Symbol RELIANCE = Symbol.parse("NSE:RELIANCE-EQ");

    /** 10 × ₹2,450 bought at market, last price ₹2,450: passes every rule. */
    private static OrderCheck buy() {
        return new OrderCheck(RELIANCE, Product.INTRADAY, Side.BUY, 10, 245_000, Optional.empty(), 245_000, OrderOrigin.API);
    }

    private static RiskSnapshot account() {
        return new RiskSnapshot(RiskState.ACTIVE, Optional.empty(), LIMITS, false, true, 2_450_000, 0, 0, 0, 0,
                100_000_000, 490_000, MarketHours.OPEN);
    }

    private static String decide(OrderCheck order, UnaryOperator<Snapshot> change) {
        RiskSnapshot s = change.apply(new Snapshot(account())).build();
        return switch (ENGINE.evaluate(order, s)) {
            case RiskDecision.Approved approved -> "approved";
            case RiskDecision.Denied denied -> denied.rule() + ": " + denied.reason();
        };
    }

    @Test
    void anOrdinaryOrderPassesEveryRule() {
        assertThat(decide(buy(), s -> s)).isEqualTo("approved");
    }

    @Test
    void eachRuleNamesItselfAndSaysWhy() {
        assertThat(decide(buy(), s -> s.state(RiskState.HALTED, "kill switch: fat finger")))
                .isEqualTo("kill-switch: trading is halted: kill switch: fat finger");
        assertThat(decide(buy(), s -> s.market(new MarketHours(Optional.of("the market is closed: Sunday"), Optional.empty()))))
                .isEqualTo("market-hours: the market is closed: Sunday");
        assertThat(decide(buy(), s -> s.market(new MarketHours(Optional.empty(), Optional.of("no new intraday entries after 15:00 IST")))))
                .isEqualTo("market-hours: no new intraday entries after 15:00 IST");
        assertThat(decide(buy(), s -> s.state(RiskState.REDUCING, "daily loss limit reached")))
                .isEqualTo("reducing-only: only orders that reduce a position are accepted: daily loss limit reached");
        assertThat(decide(buy(), s -> s.ordersInLastSecond(9)))
                .isEqualTo("order-rate: 9 orders in the last second; the limit is 9 per second");
        assertThat(decide(new OrderCheck(RELIANCE, Product.INTRADAY, Side.BUY, 50, 245_000, Optional.empty(), 245_000,
                OrderOrigin.API), s -> s)).isEqualTo("max-order-value: order value ₹1,22,500.00 is over the limit of ₹1,00,000.00");
        assertThat(decide(new OrderCheck(RELIANCE, Product.INTRADAY, Side.BUY, 10, 300_000, Optional.of(300_000L), 245_000,
                OrderOrigin.API), s -> s)).isEqualTo("price-band: price ₹3,000.00 is more than 20.0 % from the last price ₹2,450.00");
        assertThat(decide(buy(), s -> s.tradesToday(10))).isEqualTo("max-daily-trades: 10 of 10 trades used today");
        assertThat(decide(buy(), s -> s.dailyPnl(-5_000_000)))
                .isEqualTo("max-daily-loss: today's P&L -₹50,000.00 is at the loss limit of ₹50,000.00");
        assertThat(decide(buy(), s -> s.openPositions(3))).isEqualTo("max-open-positions: 3 positions are open; the limit is 3");
        assertThat(decide(buy(), s -> s.positionValueAfter(20_000_001)))
                .isEqualTo("max-position-value: NSE:RELIANCE-EQ would be worth ₹2,00,000.01, over the limit of ₹2,00,000.00");
        assertThat(decide(buy(), s -> s.funds(489_999, 490_000)))
                .isEqualTo("insufficient-funds: the order needs ₹4,900.00 of margin; ₹4,899.99 is available");
    }

    @Test
    void anAbsurdQuantityIsDeniedByTheOrderValueLimitNotAnOverflow() {
        OrderCheck absurd = new OrderCheck(RELIANCE, Product.INTRADAY, Side.BUY, 4_611_686_018_427_387_904L, 140_000,
                Optional.empty(), 140_000, OrderOrigin.API);
        Exposure exposure = new RiskBook().assess(absurd);

        assertThat(absurd.value()).isEqualTo(Long.MAX_VALUE);
        assertThat(exposure.valueAfter()).isEqualTo(Long.MAX_VALUE);
        assertThat(decide(absurd, s -> s)).startsWith("max-order-value: ");
    }

    @Test
    void aReducingOrderIsNeverLockedInByTheDailyLimitsOrFunds() {
        UnaryOperator<Snapshot> exhausted = s -> s.reduces().tradesToday(10).dailyPnl(-9_000_000).openPositions(3)
                .positionValueAfter(90_000_000).funds(0, 490_000).state(RiskState.REDUCING, "daily loss limit reached");
        assertThat(decide(buy(), exhausted)).isEqualTo("approved");
    }

    @Test
    void haltedRefusesEvenReducingOrdersButTheKillSwitchsOwnFlattening() {
        OrderCheck flatten = new OrderCheck(RELIANCE, Product.INTRADAY, Side.SELL, 10, 245_000, Optional.empty(), 245_000,
                OrderOrigin.KILL_SWITCH);
        OrderCheck traderExit = new OrderCheck(RELIANCE, Product.INTRADAY, Side.SELL, 10, 245_000, Optional.empty(), 245_000,
                OrderOrigin.API);
        assertThat(decide(flatten, s -> s.reduces().state(RiskState.HALTED, "kill switch"))).isEqualTo("approved");
        assertThat(decide(traderExit, s -> s.reduces().state(RiskState.HALTED, "kill switch")))
                .isEqualTo("kill-switch: trading is halted: kill switch");
    }

    @Test
    void theMostFundamentalReasonComesFirst() {
        assertThat(ENGINE.ruleNames()).containsExactly("kill-switch", "market-hours", "reducing-only", "order-rate",
                "max-order-value", "price-band", "max-daily-trades", "max-daily-loss", "max-open-positions",
                "max-position-value", "insufficient-funds");
        assertThat(decide(buy(), s -> s.tradesToday(10).state(RiskState.HALTED, "kill switch"))).startsWith("kill-switch");
    }

    /** A mutable copy of a snapshot, so each scenario names only what it changes. */
    private static final class Snapshot {
        private RiskState state;
        private Optional<String> reason;
        private boolean reduces;
        private boolean opens;
        private long valueAfter;
        private int openPositions;
        private int tradesToday;
        private long dailyPnl;
        private int rate;
        private long available;
        private long required;
        private MarketHours market;

        Snapshot(RiskSnapshot s) {
            state = s.state();
            reason = s.stateReason();
            reduces = s.reduces();
            opens = s.opensPosition();
            valueAfter = s.positionValueAfter();
            openPositions = s.openPositions();
            tradesToday = s.tradesToday();
            dailyPnl = s.dailyPnl();
            rate = s.ordersInLastSecond();
            available = s.availableFunds();
            required = s.requiredFunds();
            market = s.market();
        }

        Snapshot state(RiskState next, String why) {
            state = next;
            reason = Optional.of(why);
            return this;
        }

        Snapshot reduces() {
            reduces = true;
            opens = false;
            return this;
        }

        Snapshot market(MarketHours hours) {
            market = hours;
            return this;
        }

        Snapshot ordersInLastSecond(int count) {
            rate = count;
            return this;
        }

        Snapshot tradesToday(int count) {
            tradesToday = count;
            return this;
        }

        Snapshot dailyPnl(long pnl) {
            dailyPnl = pnl;
            return this;
        }

        Snapshot openPositions(int count) {
            openPositions = count;
            return this;
        }

        Snapshot positionValueAfter(long value) {
            valueAfter = value;
            return this;
        }

        Snapshot funds(long availableFunds, long requiredFunds) {
            available = availableFunds;
            required = requiredFunds;
            return this;
        }

        RiskSnapshot build() {
            return new RiskSnapshot(state, reason, LIMITS, reduces, opens, valueAfter, openPositions, tradesToday,
                    dailyPnl, rate, available, required, market);
        }
    }
}
