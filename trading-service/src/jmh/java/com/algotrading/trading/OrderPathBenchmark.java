package com.algotrading.trading;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.BrokerOrderStatus;
import com.algotrading.trading.market.LastPrices;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.orders.PlaceResult;
import com.algotrading.trading.support.FakeDataService;
import org.HdrHistogram.Histogram;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The in-process order path on embedded PostgreSQL, one order at a time: intent → risk → persisted NEW → paper broker
 * → SENT/OPEN (the place call), and on to the paper fill recorded with its position (the next tick is sent at once).
 * Not JMH: every sample is a handful of database commits. Prints p50/p90/p99/max in microseconds.
 */
public final class OrderPathBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 10_000;
    private static final Symbol SYMBOL = Symbol.parse("NSE:TCS-EQ");

    public static void main(String[] args) throws Exception {
        try (FakeDataService market = new FakeDataService();
             ConfigurableApplicationContext service = BenchmarkService.start(market.url())) {
            OrderDesk desk = service.getBean(OrderDesk.class);
            LastPrices prices = service.getBean(LastPrices.class);
            Map<String, CompletableFuture<Void>> fills = new ConcurrentHashMap<>();
            // Registered after the order manager's own listener, so it fires once the fill is recorded.
            service.getBean(Broker.class).onUpdate(update -> {
                if (update.status() == BrokerOrderStatus.FILLED) {
                    update.clientOrderId().map(id -> fills.remove(id.value())).ifPresent(done -> done.complete(null));
                }
            });
            prices.accept(SYMBOL, 400_000, Instant.now());
            run(desk, prices, fills, WARM_UP, new Histogram(3), new Histogram(3));
            Histogram placed = new Histogram(3);
            Histogram filled = new Histogram(3);
            run(desk, prices, fills, MEASURED, placed, filled);
            print("place (risk, persist, paper broker, SENT+OPEN)", placed);
            print("to fill recorded (place + next tick + fill + position)", filled);
        }
    }

    private static void run(OrderDesk desk, LastPrices prices, Map<String, CompletableFuture<Void>> fills, int orders,
                            Histogram placed, Histogram filled) throws Exception {
        for (int i = 0; i < orders; i++) {
            Side side = i % 2 == 0 ? Side.BUY : Side.SELL;
            long start = System.nanoTime();
            PlaceResult result = desk.place(OrderRequest.market(SYMBOL, side, 1, Product.INTRADAY, OrderOrigin.API,
                    Optional.empty()), Optional.empty(), "benchmark");
            long afterPlace = System.nanoTime();
            if (!(result instanceof PlaceResult.Placed order)) {
                throw new IllegalStateException("denied: " + result);
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            fills.put(order.order().clientOrderId().value(), done);
            prices.accept(SYMBOL, 400_000 + (i % 20) * 5, Instant.now());
            done.get(10, TimeUnit.SECONDS);
            placed.recordValue((afterPlace - start) / 1_000);
            filled.recordValue((System.nanoTime() - start) / 1_000);
        }
    }

    private static void print(String what, Histogram histogram) {
        System.out.printf("%-58s p50 %6d µs  p90 %6d µs  p99 %6d µs  max %7d µs  (%d orders)%n", what,
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(99), histogram.getMaxValue(), histogram.getTotalCount());
    }
}
