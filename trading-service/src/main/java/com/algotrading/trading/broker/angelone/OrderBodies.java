package com.algotrading.trading.broker.angelone;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.Side;
import com.algotrading.common.settings.LiveTradingSettings;
import com.algotrading.trading.broker.BrokerOrder;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our order as Angel One's placeOrder body (reference §3), tagged with our client order id ({@code ordertag}). Live
 * orders are limit orders — the broker's rules for algos prohibit market orders from April 2026:
 * <ul>
 *   <li>MARKET becomes a marketable LIMIT at the last price moved by the protection band against the trader (a buy's
 *       limit above, a sell's below), rounded onto the tick grid away from the market;</li>
 *   <li>SL-M becomes SL (STOPLOSS_LIMIT) with its limit the trigger moved by the stop offset, rounded the same way.</li>
 * </ul>
 * Numbers go as strings, as the broker's own documentation sends them.
 */
final class OrderBodies {

    private final LiveTradingSettings settings;

    OrderBodies(LiveTradingSettings settings) {
        this.settings = settings;
    }

    /**
     * @param lastPrice the instrument's last traded price in paise (0 when none is known)
     * @throws IllegalStateException when a MARKET intent has no last price to protect
     */
    Map<String, String> place(BrokerOrder order, long lastPrice) {
        OrderRequest request = order.request();
        Instrument instrument = order.instrument();
        boolean buy = request.side() == Side.BUY;
        TickSize tick = instrument.tick();
        long price;
        long trigger = request.triggerPrice().orElse(0L);
        String type;
        switch (request.type()) {
            case MARKET -> {
                price = marketableLimit(order, lastPrice);
                type = "LIMIT";
            }
            case LIMIT -> {
                price = request.price().orElseThrow();
                type = "LIMIT";
            }
            case SL -> {
                price = request.price().orElseThrow();
                type = "STOPLOSS_LIMIT";
            }
            case SL_M -> {
                price = away(tick, settings.stopLimit(trigger, buy), buy);
                type = "STOPLOSS_LIMIT";
            }
            default -> throw new IllegalArgumentException("unknown order type " + request.type());
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("variety", trigger > 0 ? "STOPLOSS" : "NORMAL");
        body.put("tradingsymbol", instrument.tradingSymbol());
        body.put("symboltoken", instrument.token().value());
        body.put("transactiontype", request.side().name());
        body.put("exchange", instrument.exchange().name());
        body.put("ordertype", type);
        body.put("producttype", request.product().name());
        body.put("duration", "DAY");
        body.put("price", rupees(price));
        body.put("triggerprice", rupees(trigger));
        body.put("squareoff", "0");
        body.put("stoploss", "0");
        body.put("quantity", Long.toString(request.quantity()));
        body.put("ordertag", order.clientOrderId().value());
        return body;
    }

    /**
     * The limit a MARKET intent goes with at this last price: past it by the protection band, on the tick grid.
     *
     * @throws IllegalStateException when there is no last price to protect
     */
    long marketableLimit(BrokerOrder order, long lastPrice) {
        if (lastPrice <= 0) {
            throw new IllegalStateException("no last price of " + order.request().symbol()
                    + " to set a market order's protective limit from");
        }
        boolean buy = order.request().side() == Side.BUY;
        return away(order.instrument().tick(), settings.protectedLimit(lastPrice, buy), buy);
    }

    /**
     * modifyOrder's body (reference §3) moving a resting marketable limit to {@code limit}: the same order, its
     * whole quantity (the broker's quantity is the order's, filled part included).
     */
    Map<String, String> reprice(BrokerOrder order, String brokerOrderId, long limit) {
        OrderRequest request = order.request();
        Instrument instrument = order.instrument();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("variety", "NORMAL");
        body.put("orderid", brokerOrderId);
        body.put("ordertype", "LIMIT");
        body.put("producttype", request.product().name());
        body.put("duration", "DAY");
        body.put("price", rupees(limit));
        body.put("quantity", Long.toString(request.quantity()));
        body.put("tradingsymbol", instrument.tradingSymbol());
        body.put("symboltoken", instrument.token().value());
        body.put("exchange", instrument.exchange().name());
        return body;
    }

    /** A buyer's limit rounds up, a seller's down: the order stays marketable, never less protected. */
    private static long away(TickSize tick, long price, boolean buy) {
        return buy ? tick.worseForBuyer(price) : tick.worseForSeller(price);
    }

    static String rupees(long paise) {
        return BigDecimal.valueOf(paise, 2).toPlainString();
    }
}
