package com.algotrading.trading.live;

import com.algotrading.common.market.Rupees;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.angelone.AngelOneBroker;
import com.algotrading.trading.deployments.Deployment;
import com.algotrading.trading.deployments.Deployments;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.market.LastPrices;
import com.algotrading.trading.risk.RiskGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The pre-trade gate of live mode: nothing trades until login works, the profile's client code is ours, every running
 * deployment's instruments resolve to tokens, funds are fetched, the market feed is live and the clock is within 2 s of
 * the broker's (TOTP logins fail past ~30 s). Until then, and whenever a later round fails, risk is HALTED with the
 * failed checks as the reason. It runs at takeover, before the broker's updates start, and every
 * {@code READINESS_INTERVAL_SECONDS}. In paper mode it only reports the checks that apply, and never halts.
 */
@Component
@Order(25)
public class Readiness implements LeaderDuty {

    static final String SOURCE = "readiness";
    static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(Readiness.class);

    private final Broker broker;
    private final Optional<AngelOneBroker> live;
    private final String clientCode;
    private final Deployments deployments;
    private final InstrumentDirectory instruments;
    private final LastPrices prices;
    private final RiskGate risk;
    private final TradingSettings settings;
    private final Clock clock;
    private volatile ReadinessReport last;
    private ScheduledExecutorService schedule;

    Readiness(Broker broker, PlatformSettings platform, Deployments deployments, InstrumentDirectory instruments,
              LastPrices prices, RiskGate risk, TradingSettings settings, Clock clock) {
        this.broker = broker;
        // The gate needs what only the live adapter can answer (profile, broker clock); paper mode has neither.
        this.live = broker instanceof AngelOneBroker angelOne ? Optional.of(angelOne) : Optional.empty();
        this.clientCode = platform.angelOne().map(credentials -> credentials.clientId()).orElse("");
        this.deployments = deployments;
        this.instruments = instruments;
        this.prices = prices;
        this.risk = risk;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void takeOver() {
        if (live.isEmpty()) {
            return;
        }
        risk.platformHalt(SOURCE, Optional.of("the pre-trade checks have not passed yet"));
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("readiness").factory());
        schedule.scheduleWithFixedDelay(this::gate, 0, settings.live().readinessInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void handOver() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    /** The latest round in live mode (a fresh one before the first); in paper mode the checks that apply, now. */
    public ReadinessReport report() {
        ReadinessReport known = last;
        return live.isPresent() && known != null ? known : check();
    }

    /** Runs every check once and opens or closes the gate on the outcome. */
    ReadinessReport gate() {
        ReadinessReport report = check();
        last = report;
        risk.platformHalt(SOURCE, report.ready() ? Optional.empty()
                : Optional.of("pre-trade checks failed: " + report.failures()));
        if (!report.ready()) {
            log.warn("Live trading halted by the pre-trade checks: {}", report.failures());
        }
        return report;
    }

    private ReadinessReport check() {
        List<ReadinessCheck> checks = new ArrayList<>();
        live.ifPresent(angelOne -> {
            checks.add(check("login", () -> "logged in to Angel One as " + angelOne.login()));
            checks.add(check("client-code", () -> clientCode(angelOne)));
            checks.add(check("funds", () -> "available " + Rupees.format(broker.funds().available())));
            checks.add(check("clock", () -> clock(angelOne)));
        });
        checks.add(check("instrument-tokens", this::tokens));
        checks.add(check("market-feed", this::marketFeed));
        return ReadinessReport.of(checks);
    }

    private String clientCode(AngelOneBroker angelOne) {
        String theirs = angelOne.profileClientCode();
        if (!theirs.equalsIgnoreCase(clientCode)) {
            throw new IllegalStateException("the session belongs to client " + theirs + ", not ANGEL_ONE_CLIENT_ID "
                    + clientCode);
        }
        return "the profile's client code is " + theirs;
    }

    /** The broker's Date header has whole seconds: ours is compared truncated the same way. */
    private String clock(AngelOneBroker angelOne) {
        Instant theirs = angelOne.brokerTime();
        Duration skew = Duration.between(theirs, clock.instant().truncatedTo(ChronoUnit.SECONDS)).abs();
        if (skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalStateException("this clock is " + skew.toMillis() + " ms off the broker's (at most "
                    + MAX_CLOCK_SKEW.toSeconds() + " s; fix NTP: TOTP logins fail past about 30 s)");
        }
        return "within " + MAX_CLOCK_SKEW.toSeconds() + " s of the broker's (" + skew.toMillis() + " ms)";
    }

    private String tokens() {
        List<Symbol> symbols = deployments.all().stream().filter(Deployment::running)
                .flatMap(deployment -> deployment.spec().instruments().stream()).distinct().toList();
        List<String> unresolved = new ArrayList<>();
        for (Symbol symbol : symbols) {
            try {
                instruments.require(symbol).token();
            } catch (RuntimeException e) {
                unresolved.add(symbol + " (" + e.getMessage() + ")");
            }
        }
        if (!unresolved.isEmpty()) {
            throw new IllegalStateException("no instrument token for " + String.join(", ", unresolved));
        }
        return symbols.size() + " instruments of running deployments resolve";
    }

    private String marketFeed() {
        if (!prices.connected()) {
            throw new IllegalStateException("the data-service's tick stream is not connected");
        }
        return "the data-service's tick stream is connected";
    }

    private static ReadinessCheck check(String name, Supplier<String> check) {
        try {
            return ReadinessCheck.passed(name, check.get());
        } catch (RuntimeException e) {
            return ReadinessCheck.failed(name, e.getMessage());
        }
    }
}
