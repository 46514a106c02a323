package com.algotrading.trading.pnl;

import com.algotrading.common.market.IstTime;
import com.algotrading.trading.positions.PositionBook;
import com.algotrading.trading.risk.Funds;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The day's P&L and the account's equity: the broker's funds total (cash side) plus the open positions' unrealised P&L. */
@Component
public class Pnl {

    /** In paise; {@code curve} oldest first, ending with now. */
    public record Report(long realised, long unrealised, long charges, long net, long equity, List<EquitySnapshots.Point> curve) {
    }

    private final PositionBook positions;
    private final Funds funds;
    private final EquitySnapshots snapshots;
    private final Clock clock;

    Pnl(PositionBook positions, Funds funds, EquitySnapshots snapshots, Clock clock) {
        this.positions = positions;
        this.funds = funds;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    public long equity() {
        Instant now = clock.instant();
        return funds.current().total() + positions.dayPnl(day(now)).unrealised();
    }

    public Report report(Instant from, Instant to) {
        Instant now = clock.instant();
        PositionBook.DayPnl day = positions.dayPnl(day(now));
        long equity = funds.fresh().total() + day.unrealised();
        List<EquitySnapshots.Point> curve = new ArrayList<>(snapshots.between(from, to));
        if (!now.isBefore(from) && now.isBefore(to)) {
            curve.add(new EquitySnapshots.Point(now, equity));
        }
        return new Report(day.realised(), day.unrealised(), day.charges(), day.net(), equity, curve);
    }

    void snapshot() {
        snapshots.record(clock.instant(), equity());
    }

    private static LocalDate day(Instant instant) {
        return IstTime.date(instant);
    }
}
