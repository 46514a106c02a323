package com.algotrading.common.charges;

import com.algotrading.common.orders.Side;

import java.time.LocalDate;

/**
 * One dated rate schedule of a segment: rates are fractions of turnover, brokerage cap and minimum are paise.
 * Brokerage is {@code min(cap, max(minimum, rate × turnover))}, or the flat {@code cap} when there is no rate. Every
 * charge is rounded half-up to the paisa on its own, as contract notes show them; GST is on the rounded components.
 */
record ChargeRates(Segment segment, LocalDate effectiveFrom, Rate brokerageRate, long brokerageCap,
                   long brokerageMinimum, Rate sttBuy, Rate sttSell, Rate exchange, Rate sebi, Rate ipft, Rate stampBuy,
                   Rate gst) {

    Charges on(Side side, long turnover) {
        long brokerage = brokerageRate == null ? brokerageCap
                : Math.min(brokerageCap, Math.max(brokerageMinimum, brokerageRate.of(turnover)));
        long exchangeCharge = exchange.of(turnover);
        long sebiFee = sebi.of(turnover);
        boolean buy = side == Side.BUY;
        return new Charges(brokerage, (buy ? sttBuy : sttSell).of(turnover), exchangeCharge, sebiFee, ipft.of(turnover),
                buy ? stampBuy.of(turnover) : 0, gst.of(brokerage + exchangeCharge + sebiFee));
    }
}
