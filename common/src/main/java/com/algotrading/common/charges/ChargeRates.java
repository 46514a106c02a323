package com.algotrading.common.charges;

import com.algotrading.common.orders.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One dated rate schedule of a segment: rates are fractions of turnover (0.0003 = 0.03%), amounts are rupees.
 * Brokerage is {@code min(cap, max(minimum, rate × turnover))}, or the flat {@code cap} when no rate is given.
 */
record ChargeRates(Segment segment, LocalDate effectiveFrom, BigDecimal brokerageRate, BigDecimal brokerageCap,
                   BigDecimal brokerageMinimum, BigDecimal sttBuy, BigDecimal sttSell, BigDecimal exchange,
                   BigDecimal sebi, BigDecimal ipft, BigDecimal stampBuy, BigDecimal gst) {

    private static final BigDecimal PAISE_PER_RUPEE = BigDecimal.valueOf(100);

    Charges on(Side side, long turnoverPaise) {
        BigDecimal turnover = BigDecimal.valueOf(turnoverPaise);
        long brokerage = brokerage(turnover);
        long exchangeCharge = paise(turnover, exchange);
        long sebiFee = paise(turnover, sebi);
        long gstAmount = paise(BigDecimal.valueOf(brokerage + exchangeCharge + sebiFee), gst);
        boolean buy = side == Side.BUY;
        return new Charges(brokerage, paise(turnover, buy ? sttBuy : sttSell), exchangeCharge, sebiFee,
                paise(turnover, ipft), buy ? paise(turnover, stampBuy) : 0, gstAmount);
    }

    private long brokerage(BigDecimal turnover) {
        BigDecimal cap = brokerageCap.multiply(PAISE_PER_RUPEE);
        if (brokerageRate == null) {
            return round(cap);
        }
        BigDecimal byRate = turnover.multiply(brokerageRate).max(brokerageMinimum.multiply(PAISE_PER_RUPEE));
        return round(byRate.min(cap));
    }

    private static long paise(BigDecimal base, BigDecimal rate) {
        return round(base.multiply(rate));
    }

    /** Every charge is rounded half-up to the paisa on its own, as contract notes show them. */
    private static long round(BigDecimal paise) {
        return paise.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
