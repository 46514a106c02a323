package com.algotrading.data.web;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.service.web.ApiProblem;

/**
 * A trading symbol as a request names it (query or path parameter, body field). A malformed one (blank, or with
 * the exchange still on it) is the caller's {@code /problems/invalid-parameter}, not the domain's
 * IllegalArgumentException escaping as a 500.
 */
public final class SymbolParameter {

    private SymbolParameter() {
    }

    public static Symbol of(Exchange exchange, String tradingSymbol) {
        try {
            return new Symbol(exchange, tradingSymbol);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, "symbol must be a trading symbol such as RELIANCE-EQ"
                    + " (not blank, without the exchange), was '" + tradingSymbol + "'");
        }
    }
}
