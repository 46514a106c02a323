package com.algotrading.common.risk;

import com.algotrading.common.market.Prices;

/** Amounts in denial reasons, as a trader reads them. */
final class Rupees {

    private Rupees() {
    }

    static String format(long paise) {
        return "₹" + Prices.toRupees(paise).toPlainString();
    }
}
