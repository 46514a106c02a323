package com.algotrading.trading.broker.paper;

import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Side;

/**
 * How the paper market treats an open order when a tick arrives: a market order fills at the tick's price with the
 * configured slippage against the trader, rounded onto the tick the conservative way; a limit order fills at the
 * tick's price once that is at or better than its limit; a stop triggers when the price reaches it and then acts as
 * a market (SL-M) or limit (SL) order. The whole quantity fills at once.
 */
final class PaperMatching {

    sealed interface Match {
    }

    record NoMatch() implements Match {
    }

    /** A stop was reached but its limit is not: it rests as a limit order from now on. */
    record Triggered() implements Match {
    }

    record Fill(long price) implements Match {
    }

    private static final Match NONE = new NoMatch();

    private final int slippageBps;

    PaperMatching(int slippageBps) {
        this.slippageBps = slippageBps;
    }

    Match match(PaperOrder order, long last, TickSize tick) {
        boolean buy = order.side() == Side.BUY;
        if (order.type().needsTrigger() && !order.triggered()) {
            long trigger = order.triggerPrice().orElseThrow();
            if (buy ? last < trigger : last > trigger) {
                return NONE;
            }
            if (order.type() == OrderType.SL && !limitReached(buy, last, order.price().orElseThrow())) {
                return new Triggered();
            }
        }
        if (order.type() == OrderType.MARKET || order.type() == OrderType.SL_M) {
            return new Fill(slipped(buy, last, tick));
        }
        return limitReached(buy, last, order.price().orElseThrow()) ? new Fill(last) : NONE;
    }

    private static boolean limitReached(boolean buy, long last, long limit) {
        return buy ? last <= limit : last >= limit;
    }

    private long slipped(boolean buy, long last, TickSize tick) {
        long slip = Math.ceilDiv(Math.multiplyExact(last, slippageBps), 10_000);
        return buy ? tick.worseForBuyer(last + slip) : tick.worseForSeller(Math.max(tick.paise(), last - slip));
    }
}
