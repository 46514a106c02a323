package com.algotrading.trading.broker.paper;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Prices in paise; the NSE equity tick of 5 paise. */
class PaperMatchingTest {

    private static final TickSize TICK = TickSize.EQUITY;

    private static PaperOrder order(Side side, OrderType type, Long price, Long trigger) {
        return new PaperOrder(new ClientOrderId("A1"), "P1", Symbol.parse("NSE:TCS-EQ"), side, 10, type,
                Optional.ofNullable(price), Optional.ofNullable(trigger), Product.INTRADAY, false, Instant.EPOCH);
    }

    private static String match(PaperMatching matching, PaperOrder order, long last) {
        return switch (matching.match(order, last, TICK)) {
            case PaperMatching.Fill fill -> "fill " + fill.price();
            case PaperMatching.Triggered triggered -> "triggered";
            case PaperMatching.NoMatch none -> "none";
        };
    }

    @Test
    void marketOrdersSlipAgainstTheTraderOntoTheTick() {
        PaperMatching fiveBps = new PaperMatching(5);
        // 2450.05 + 5 bps = 2451.275...: a buy pays 2451.30, a sell receives 2448.80 (2448.82 rounded down).
        assertThat(match(fiveBps, order(Side.BUY, OrderType.MARKET, null, null), 245_005)).isEqualTo("fill 245130");
        assertThat(match(fiveBps, order(Side.SELL, OrderType.MARKET, null, null), 245_005)).isEqualTo("fill 244880");
        assertThat(match(new PaperMatching(0), order(Side.BUY, OrderType.MARKET, null, null), 245_005))
                .isEqualTo("fill 245005");
    }

    @Test
    void limitOrdersFillAtTheTickOnceItIsAtOrBetterThanTheLimit() {
        PaperMatching matching = new PaperMatching(5);
        assertThat(match(matching, order(Side.BUY, OrderType.LIMIT, 245_000L, null), 245_005)).isEqualTo("none");
        assertThat(match(matching, order(Side.BUY, OrderType.LIMIT, 245_000L, null), 244_990)).isEqualTo("fill 244990");
        assertThat(match(matching, order(Side.SELL, OrderType.LIMIT, 245_000L, null), 245_000)).isEqualTo("fill 245000");
        assertThat(match(matching, order(Side.SELL, OrderType.LIMIT, 245_000L, null), 244_995)).isEqualTo("none");
    }

    @Test
    void stopsTriggerAtTheirPriceThenActAsMarketOrLimit() {
        PaperMatching matching = new PaperMatching(0);
        PaperOrder sellStopMarket = order(Side.SELL, OrderType.SL_M, null, 240_000L);
        assertThat(match(matching, sellStopMarket, 240_005)).isEqualTo("none");
        assertThat(match(matching, sellStopMarket, 239_900)).isEqualTo("fill 239900");

        PaperOrder sellStopLimit = order(Side.SELL, OrderType.SL, 239_950L, 240_000L);
        assertThat(match(matching, sellStopLimit, 239_900)).as("gapped below its limit").isEqualTo("triggered");
        assertThat(match(matching, sellStopLimit.triggeredNow(), 239_960)).isEqualTo("fill 239960");
        assertThat(match(matching, order(Side.BUY, OrderType.SL, 250_100L, 250_000L), 250_050)).isEqualTo("fill 250050");
    }
}
