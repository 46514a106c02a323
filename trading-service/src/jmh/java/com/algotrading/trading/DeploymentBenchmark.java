package com.algotrading.trading;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.trading.deployments.Deployments;
import com.algotrading.trading.market.BarStream;
import com.algotrading.trading.market.LastPrices;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.support.FakeDataService;
import com.algotrading.trading.support.TradingApi;
import org.HdrHistogram.Histogram;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Deployments on the live bar stream over loopback (the fake data-service's SSE, the trading-service in this JVM):
 * <ol>
 *   <li>bar published → decision → risk → order persisted → paper fill recorded, one deployment whose strategy trades
 *       on every bar (the next tick is sent the moment the order rests): p50/p99;</li>
 *   <li>50 deployments × 50 instruments on 1-minute bars: the time from a minute's 50 bars going out to the last of
 *       its 2,500 decisions, over a simulated hour, and the CPU the process used for that hour. Between two minutes
 *       the instruments tick until the minute's orders have filled, as they would in the live minute between two
 *       bars: the strategies trade all hour, and each minute is measured on its own, not behind the last one's
 *       orders.</li>
 * </ol>
 * Its arguments are the service's settings on top of the benchmark's, e.g. {@code --RECONCILE_INTERVAL_SECONDS=3600}.
 */
public final class DeploymentBenchmark {

    private static final int WARM_UP_BARS = 200;
    private static final int MEASURED_BARS = 2_000;
    private static final int DEPLOYMENTS = 50;
    private static final int INSTRUMENTS = 50;
    private static final int MINUTES = 60;
    /** Minutes run before the measured hour: a service that trades all day is warm (JIT, pools, caches). */
    private static final int WARM_UP_MINUTES = 15;
    private static final Instant SESSION = OffsetDateTime.parse("2026-03-05T09:15:00+05:30").toInstant();

    public static void main(String[] args) throws Exception {
        try (FakeDataService market = new FakeDataService();
             ConfigurableApplicationContext service = BenchmarkService.start(market.url(), java.util.stream.Stream.concat(
                     java.util.stream.Stream.of("--MAX_OPEN_POSITIONS=10000", "--MAX_POSITION_VALUE=100000000",
                             "--PRICE_BAND_PERCENT=100"), java.util.Arrays.stream(args)).toArray(String[]::new))) {
            TradingApi api = new TradingApi("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"));
            barToFill(service, market, api);
            fiftyByFifty(service, market, api);
        }
    }

    private static void barToFill(ConfigurableApplicationContext service, FakeDataService market, TradingApi api)
            throws Exception {
        Symbol symbol = Symbol.parse("NSE:BENCHX-EQ");
        LastPrices prices = service.getBean(LastPrices.class);
        prices.accept(symbol, 10_000, Instant.now());
        AtomicLong filledAt = new AtomicLong();
        AtomicLong openAt = new AtomicLong();
        AtomicLong deliveredAt = new AtomicLong();
        Semaphore fills = new Semaphore(0);
        service.getBean(OrderDesk.class).addListener((order, fill) -> {
            if (!order.request().symbol().equals(symbol)) {
                return; // the 50 × 50 that follows trades other instruments: none of its orders is this part's
            }
            if (order.status() == OrderStatus.OPEN) {
                openAt.set(System.nanoTime());
                prices.accept(symbol, order.request().side() == com.algotrading.common.orders.Side.BUY ? 10_200 : 10_000,
                        Instant.now());
            } else if (order.status() == OrderStatus.FILLED) {
                filledAt.set(System.nanoTime());
                fills.release();
            }
        });
        String id = create(api, "latency", "\"fast\":1,\"slow\":2", List.of(symbol.toString()));
        api.post("/api/v1/deployments/" + id + "/start", "");
        while (!market.barStreaming()) {
            Thread.sleep(10);
        }
        // A second subscriber of the same stream: how much of the path is the bar's delivery over SSE alone.
        var probe = service.getBean(BarStream.class).subscribe(List.of(symbol), java.util.Optional.empty(),
                bar -> deliveredAt.set(System.nanoTime()));
        Histogram latency = new Histogram(3);
        Histogram delivery = new Histogram(3);
        Histogram toOpen = new Histogram(3);
        for (int i = 0; i < WARM_UP_BARS + MEASURED_BARS; i++) {
            long price = i % 2 == 0 ? 10_000 : 10_200;
            fills.drainPermits();
            long start = System.nanoTime();
            market.bar(symbol.toString(), new Bar(SESSION.plusSeconds(60L * i), price, price, price, price, 100));
            // Blocks rather than spins: on two cores a spinning waiter would take the CPU the path under test needs.
            if (fills.tryAcquire(5, TimeUnit.SECONDS) && i >= WARM_UP_BARS) {
                latency.recordValue((filledAt.get() - start) / 1_000);
                delivery.recordValue(Math.max(0, deliveredAt.get() - start) / 1_000);
                toOpen.recordValue(Math.max(0, openAt.get() - start) / 1_000);
            }
        }
        api.post("/api/v1/deployments/" + id + "/stop", "");
        probe.close();
        System.out.printf("  of which the bar's SSE delivery: p50 %d µs, p99 %d µs; bar → order OPEN at the paper broker:"
                        + " p50 %d µs, p99 %d µs%n", delivery.getValueAtPercentile(50), delivery.getValueAtPercentile(99),
                toOpen.getValueAtPercentile(50), toOpen.getValueAtPercentile(99));
        System.out.printf("bar → decision → risk → persisted → paper fill: p50 %d µs, p90 %d µs, p99 %d µs, max %d µs"
                        + " (%d fills)%n", latency.getValueAtPercentile(50), latency.getValueAtPercentile(90),
                latency.getValueAtPercentile(99), latency.getMaxValue(), latency.getTotalCount());
    }

    private static void fiftyByFifty(ConfigurableApplicationContext service, FakeDataService market, TradingApi api)
            throws Exception {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < INSTRUMENTS; i++) {
            symbols.add("NSE:BENCH%02d-EQ".formatted(i));
        }
        Deployments deployments = service.getBean(Deployments.class);
        LastPrices lastPrices = service.getBean(LastPrices.class);
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < DEPLOYMENTS; d++) {
            String id = create(api, "fifty " + d, "\"fast\":" + (3 + d % 5) + ",\"slow\":" + (12 + d % 7), symbols);
            api.post("/api/v1/deployments/" + id + "/start", "");
            ids.add(id);
        }
        Thread.sleep(3_000);
        Histogram minute = new Histogram(3);
        Histogram toBroker = new Histogram(3);
        AtomicLong minuteStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastChange = new AtomicLong(System.nanoTime());
        AtomicLong filled = new AtomicLong();
        Map<OrderId, Order> working = new ConcurrentHashMap<>();
        service.getBean(OrderDesk.class).addListener((order, fill) -> {
            lastChange.set(System.nanoTime());
            if (order.status().isTerminal()) {
                working.remove(order.id());
            } else {
                working.put(order.id(), order);
            }
            fill.ifPresent(f -> filled.incrementAndGet());
            long since = System.nanoTime() - minuteStart.get();
            if (order.status() == OrderStatus.OPEN && since > 0) {
                toBroker.recordValue(since / 1_000);
            }
        });
        var cpuTime = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        long cpuStart = cpuTime.getProcessCpuTime();
        long wallStart = System.nanoTime();
        long filledStart = 0;
        java.util.Random random = new java.util.Random(42);
        long[] prices = new long[INSTRUMENTS];
        java.util.Arrays.fill(prices, 100_000);
        for (int m = 0; m < WARM_UP_MINUTES + MINUTES; m++) {
            if (m == WARM_UP_MINUTES) {
                minute.reset();
                toBroker.reset();
                cpuStart = cpuTime.getProcessCpuTime();
                wallStart = System.nanoTime();
                filledStart = filled.get();
            }
            long expected = (long) (m + 1) * INSTRUMENTS;
            long start = System.nanoTime();
            minuteStart.set(start);
            for (int i = 0; i < INSTRUMENTS; i++) {
                long open = prices[i];
                long close = Math.max(1_000, open + (random.nextInt(41) - 20) * 5L);
                prices[i] = close;
                market.bar(symbols.get(i), new Bar(SESSION.plusSeconds(3600 + 60L * m), open, Math.max(open, close) + 5,
                        Math.min(open, close) - 5, close, 1_000));
            }
            while (!allSeen(deployments, ids, expected)) {
                LockSupport.parkNanos(100_000);
            }
            minute.recordValue((System.nanoTime() - start) / 1_000);
            settle(symbols, prices, lastPrices, working, lastChange);
        }
        long cpu = cpuTime.getProcessCpuTime() - cpuStart;
        System.out.printf("%d deployments × %d instruments, a minute's bars to its last decision: p50 %d ms, p90 %d ms,"
                        + " p99 %d ms, max %d ms over %d minutes; CPU %.1f s for the simulated hour (%.1f s of wall time,"
                        + " %d fills)%n",
                DEPLOYMENTS, INSTRUMENTS, minute.getValueAtPercentile(50) / 1_000, minute.getValueAtPercentile(90) / 1_000,
                minute.getValueAtPercentile(99) / 1_000,
                minute.getMaxValue() / 1_000, minute.getTotalCount(), cpu / 1e9, (System.nanoTime() - wallStart) / 1e9,
                filled.get() - filledStart);
        System.out.printf("  their %d orders, a minute's bars to each order open at the paper broker: p50 %d ms, p99 %d ms,"
                        + " max %d ms%n", toBroker.getTotalCount(), toBroker.getValueAtPercentile(50) / 1_000,
                toBroker.getValueAtPercentile(99) / 1_000, toBroker.getMaxValue() / 1_000);
    }

    /**
     * Lets the minute's orders fill before the next minute's bars, as the live market does in the 60 seconds between
     * bars: a tick per instrument at its close until no order is working and none has moved for 20 ms.
     */
    private static void settle(List<String> symbols, long[] prices, LastPrices lastPrices, Map<OrderId, Order> working,
                               AtomicLong lastChange) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            for (int i = 0; i < symbols.size(); i++) {
                lastPrices.accept(Symbol.parse(symbols.get(i)), prices[i], Instant.now());
            }
            Thread.sleep(50);
        } while ((!working.isEmpty() || System.nanoTime() - lastChange.get() < TimeUnit.MILLISECONDS.toNanos(20))
                && System.nanoTime() < deadline);
        if (!working.isEmpty()) {
            throw new IllegalStateException(working.size() + " orders still working 30 s after their minute: "
                    + working.values());
        }
    }

    private static boolean allSeen(Deployments deployments, List<String> ids, long bars) {
        for (String id : ids) {
            if (deployments.barsSeen(new com.algotrading.common.orders.DeploymentId(id)) < bars) {
                return false;
            }
        }
        return true;
    }

    private static String create(TradingApi api, String name, String parameters, List<String> symbols) {
        String instruments = String.join(",", symbols.stream().map(s -> "\"" + s + "\"").toList());
        return api.post("/api/v1/deployments", "{\"name\":\"" + name + "\",\"strategy\":\"sma-crossover\","
                + "\"parameters\":{" + parameters + "},\"instruments\":[" + instruments + "],\"interval\":\"1m\","
                + "\"sizing\":{\"quantity\":1},\"product\":\"DELIVERY\"}").body().path("id").asString();
    }
}
