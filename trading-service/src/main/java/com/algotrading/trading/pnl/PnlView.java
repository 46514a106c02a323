package com.algotrading.trading.pnl;

import com.algotrading.common.market.IstTime;
import com.algotrading.trading.web.ApiMoney;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/v1/pnl} and the {@code pnl} event: money as rupee strings, times in IST. */
record PnlView(String realised, String unrealised, String charges, String net, String equity, List<Point> equityCurve) {

    record Point(OffsetDateTime time, String equity) {
    }

    static PnlView of(Pnl.Report report) {
        return new PnlView(ApiMoney.text(report.realised()), ApiMoney.text(report.unrealised()), ApiMoney.text(report.charges()),
                ApiMoney.text(report.net()), ApiMoney.text(report.equity()), report.curve().stream()
                .map(point -> new Point(OffsetDateTime.ofInstant(point.time(), IstTime.ZONE), ApiMoney.text(point.equity())))
                .toList());
    }

    boolean sameFigures(PnlView other) {
        return other != null && realised.equals(other.realised) && unrealised.equals(other.unrealised)
                && charges.equals(other.charges) && equity.equals(other.equity);
    }
}
