package com.algotrading.trading.pnl;

import com.algotrading.trading.broker.BrokerFunds;
import com.algotrading.trading.risk.Funds;
import com.algotrading.trading.web.ApiMoney;
import com.algotrading.trading.web.TimeRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** The day's P&L with the equity curve, and the account's funds (the paper account, or the broker's RMS). */
@RestController
class PnlController {

    record FundsView(String available, String used, String total) {
    }

    private final Pnl pnl;
    private final Funds funds;
    private final Clock clock;

    PnlController(Pnl pnl, Funds funds, Clock clock) {
        this.pnl = pnl;
        this.funds = funds;
        this.clock = clock;
    }

    @GetMapping("/api/v1/pnl")
    PnlView pnl(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TimeRange range = TimeRange.parse(from, to, clock);
        return PnlView.of(pnl.report(range.from(), range.to()));
    }

    @GetMapping("/api/v1/funds")
    FundsView funds() {
        BrokerFunds current = funds.fresh();
        return new FundsView(ApiMoney.text(current.available()), ApiMoney.text(current.used()), ApiMoney.text(current.total()));
    }
}
