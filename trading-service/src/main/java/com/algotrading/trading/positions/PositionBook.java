package com.algotrading.trading.positions;

import com.algotrading.common.risk.PositionKey;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.market.LastPrices;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account's positions in memory on the active instance (loaded when it takes over, changed after each fill's
 * commit), so marking them and checking risk never waits on the database; the standby reads the table instead.
 */
@Component
@Order(10)
public class PositionBook implements LeaderDuty {

    private final PositionRepository repository;
    private final LastPrices prices;
    private final Map<PositionKey, Holding> holdings = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    PositionBook(PositionRepository repository, LastPrices prices) {
        this.repository = repository;
        this.prices = prices;
    }

    @Override
    public void takeOver() {
        holdings.clear();
        repository.all().forEach(holding -> holdings.put(holding.key(), holding));
        loaded = true;
    }

    @Override
    public void handOver() {
        loaded = false;
        holdings.clear();
    }

    /** Called after the transaction that changed a holding committed. */
    public void updated(Holding holding) {
        holdings.put(holding.key(), holding);
    }

    /** Every holding, by instrument and product: as the positions are shown. */
    public List<Holding> all() {
        return current().stream().sorted(Comparator.comparing((Holding h) -> h.key().symbol().toString())
                .thenComparing(h -> h.key().product())).toList();
    }

    /**
     * Every holding in no particular order, for sums: a deployment values the account on every decision and risk on
     * every order, so these skip the sort (and its text keys) that only a list shown to a trader needs.
     */
    private Collection<Holding> current() {
        return loaded ? holdings.values() : repository.all();
    }

    public Holding holding(PositionKey key, LocalDate today) {
        Holding holding = loaded ? holdings.get(key) : repository.all().stream()
                .filter(h -> h.key().equals(key)).findFirst().orElse(null);
        return holding == null ? Holding.flat(key, today) : holding;
    }

    /** The mark: the last traded price, or the average price before the first tick (so unrealised shows 0, not a loss). */
    public long markPrice(Holding holding) {
        long last = prices.price(holding.key().symbol());
        if (last > 0 || holding.position().isFlat()) {
            return last;
        }
        return Math.abs(holding.position().cost() / holding.position().quantity());
    }

    public long unrealised(Holding holding) {
        return holding.position().isFlat() ? 0 : holding.position().unrealised(markPrice(holding));
    }

    /** The day's result in paise: realised today + unrealised now − charges today. */
    public DayPnl dayPnl(LocalDate today) {
        long realised = 0;
        long unrealised = 0;
        long charges = 0;
        for (Holding holding : current()) {
            realised += holding.realisedOn(today);
            unrealised += unrealised(holding);
            charges += holding.chargesOn(today);
        }
        return new DayPnl(realised, unrealised, charges);
    }

    /** Realised and charges of every day, for equity. */
    public long realisedEver() {
        return current().stream().mapToLong(h -> h.position().realised()).sum();
    }

    public record DayPnl(long realised, long unrealised, long charges) {
        public long net() {
            return realised + unrealised - charges;
        }
    }
}
