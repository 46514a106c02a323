package com.algotrading.trading.deployments;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Side;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A deployment's own book, folded from its fills: positions per instrument, realised P&L and charges, and its round
 * trips (from flat back to flat). Money in paise; the last prices mark what is still open.
 */
public final class DeploymentResults {

    /** One round trip; the exit is empty while it is open (its gross P&L is then unrealised). */
    public record RoundTrip(Symbol symbol, Side side, long quantity, Instant entryTime, long entryPrice,
                     Optional<Instant> exitTime, Optional<Long> exitPrice, long grossPnl, long charges,
                     Optional<ExitReason> exitReason) {
        public long netPnl() {
            return grossPnl - charges;
        }
    }

    private final Map<Symbol, Position> positions = new LinkedHashMap<>();
    private final List<RoundTrip> trips = new ArrayList<>();
    private final Map<Symbol, Open> open = new LinkedHashMap<>();
    private long realised;
    private long charges;

    /** An open round trip being built from its fills. */
    private static final class Open {
        Side side;
        long quantity;
        long entryValue;
        Instant entryTime;
        long exitQuantity;
        long exitValue;
        long charges;
        long realisedAtOpen;
    }

    static DeploymentResults of(List<DeploymentFill> fills) {
        DeploymentResults results = new DeploymentResults();
        fills.forEach(results::add);
        return results;
    }

    private void add(DeploymentFill fill) {
        Position before = positions.getOrDefault(fill.symbol(), Position.FLAT);
        Position after = before.apply(fill.side(), fill.quantity(), fill.price());
        positions.put(fill.symbol(), after);
        realised += after.realised() - before.realised();
        charges += fill.charges();
        Open trip = open.computeIfAbsent(fill.symbol(), symbol -> {
            Open started = new Open();
            started.side = fill.side();
            started.entryTime = fill.time();
            started.realisedAtOpen = before.realised();
            return started;
        });
        if (fill.side() == trip.side) {
            trip.quantity += fill.quantity();
            trip.entryValue += fill.quantity() * fill.price();
        } else {
            trip.exitQuantity += fill.quantity();
            trip.exitValue += fill.quantity() * fill.price();
        }
        trip.charges += fill.charges();
        if (after.isFlat()) {
            trips.add(new RoundTrip(fill.symbol(), trip.side, trip.quantity, trip.entryTime,
                    trip.entryValue / trip.quantity, Optional.of(fill.time()),
                    Optional.of(trip.exitValue / trip.exitQuantity), after.realised() - trip.realisedAtOpen,
                    trip.charges, Optional.of(fill.reason())));
            open.remove(fill.symbol());
        }
    }

    /** Closed round trips, then the open ones marked at the last price. */
    public List<RoundTrip> trips(ToLongFunction<Symbol> lastPrice) {
        List<RoundTrip> all = new ArrayList<>(trips);
        open.forEach((symbol, trip) -> {
            long mark = lastPrice.applyAsLong(symbol);
            Position position = positions.get(symbol);
            all.add(new RoundTrip(symbol, trip.side, trip.quantity, trip.entryTime, trip.entryValue / trip.quantity,
                    Optional.empty(), Optional.empty(), mark == 0 ? 0 : position.unrealised(mark), trip.charges,
                    Optional.empty()));
        });
        return all;
    }

    Map<Symbol, Position> positions() {
        return positions;
    }

    public long realised() {
        return realised;
    }

    public long charges() {
        return charges;
    }

    public long unrealised(ToLongFunction<Symbol> lastPrice) {
        long total = 0;
        for (Map.Entry<Symbol, Position> entry : positions.entrySet()) {
            long mark = lastPrice.applyAsLong(entry.getKey());
            if (!entry.getValue().isFlat() && mark > 0) {
                total += entry.getValue().unrealised(mark);
            }
        }
        return total;
    }

    public int openPositions() {
        return (int) positions.values().stream().filter(position -> !position.isFlat()).count();
    }
}
