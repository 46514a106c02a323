package com.algotrading.trading.broker.angelone;

import com.algotrading.common.smartapi.Pace;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.common.smartapi.SmartApiClient;
import com.algotrading.common.smartapi.NoSessionException;
import com.algotrading.common.smartapi.SmartApiException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import tools.jackson.databind.JsonNode;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Every SmartAPI call of the adapter, kept within Angel One's limits (reference §4) and behind one circuit breaker:
 * <ul>
 *   <li>order calls (place, modify, cancel) start at least 115 ms apart, so never more than 9 fall in any rolling
 *       second however many threads send; each book (orders, trades, positions) at most one a second; funds two;</li>
 *   <li>the plain-text 403 rate-limit refusal is definitive (nothing was done), so it is retried with back-off, at
 *       most {@value #RATE_LIMIT_RETRIES} times; a read is also retried once when it got no answer; an order call
 *       with no answer never is (the order may be at the broker);</li>
 *   <li>no answer (timeout, reset, a 5xx, a 2xx that is no envelope) counts against the broker; a refusal in the
 *       broker's words shows it is up. Enough failures open the circuit: calls are refused at once until read calls
 *       probe it ({@link #probe}) and find it back.</li>
 * </ul>
 * The pacing is the shared client's {@link Pace} rather than a fixed-window rate limiter (resilience4j's refills per
 * period, which lets up to twice the limit through across a window's edge).
 */
final class BrokerCalls {

    static final int RATE_LIMIT_RETRIES = 3;
    private static final Duration ORDER_GAP = Duration.ofMillis(115);
    private static final Duration BOOK_GAP = Duration.ofMillis(1_050);
    private static final Duration FUNDS_GAP = Duration.ofMillis(550);

    private final SmartApiClient api;
    private final CircuitBreaker breaker;
    private final Retry orderRetry;
    private final Retry readRetry;
    private final Pace orders;
    private final Pace funds;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicReference<BrokerSession.LastCall> lastCall = new AtomicReference<>();

    BrokerCalls(SmartApiClient api, Duration openFor, Clock clock, Sleeper sleeper) {
        this.api = api;
        this.clock = clock;
        this.sleeper = sleeper;
        this.breaker = CircuitBreaker.of("angelone", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED).slidingWindowSize(6)
                .minimumNumberOfCalls(3).failureRateThreshold(50).waitDurationInOpenState(openFor)
                .automaticTransitionFromOpenToHalfOpenEnabled(true).permittedNumberOfCallsInHalfOpenState(1)
                .recordException(error -> noAnswer(error) || error instanceof NoSessionException)
                .ignoreException(error -> error instanceof SmartApiException refusal && refusal.isRateLimit())
                .build());
        IntervalFunction backOff = IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2);
        this.orderRetry = Retry.of("angelone-orders", RetryConfig.custom().maxAttempts(1 + RATE_LIMIT_RETRIES)
                .intervalFunction(backOff).retryOnException(BrokerCalls::rateLimited)
                .build());
        this.readRetry = Retry.of("angelone-reads", RetryConfig.custom().maxAttempts(1 + RATE_LIMIT_RETRIES)
                .intervalFunction(backOff).retryOnException(error -> rateLimited(error) || noAnswer(error)).build());
        this.orders = new Pace(ORDER_GAP, clock, sleeper);
        this.funds = new Pace(FUNDS_GAP, clock, sleeper);
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    /** How the latest call through the circuit went; empty before the first. */
    Optional<BrokerSession.LastCall> lastCall() {
        return Optional.ofNullable(lastCall.get());
    }

    /** A pace of its own for one book endpoint: each is limited to one call a second. */
    Pace bookPace() {
        return new Pace(BOOK_GAP, clock, sleeper);
    }

    /** An order call: paced, retried only after a rate-limit refusal. */
    JsonNode order(String path, Object body) {
        return Retry.decorateSupplier(orderRetry, guarded(() -> {
            orders.await();
            return api.post(path, body);
        })).get();
    }

    JsonNode read(String path, Pace pace) {
        return Retry.decorateSupplier(readRetry, guarded(() -> {
            pace.await();
            return api.get(path);
        })).get();
    }

    JsonNode funds(String path) {
        return read(path, funds);
    }

    /** A read outside the books (profile, clock) through the breaker, unpaced: the broker allows several a second. */
    <T> T read(Supplier<T> call) {
        return Retry.decorateSupplier(readRetry, guarded(call)).get();
    }

    private <T> Supplier<T> guarded(Supplier<T> call) {
        return CircuitBreaker.decorateSupplier(breaker, () -> recorded(call));
    }

    private <T> T recorded(Supplier<T> call) {
        try {
            T answer = call.get();
            lastCall.set(new BrokerSession.LastCall(clock.instant(), Optional.empty()));
            return answer;
        } catch (RuntimeException e) {
            lastCall.set(new BrokerSession.LastCall(clock.instant(), noAnswer(e) ? Optional.of(String.valueOf(
                    e.getMessage())) : Optional.empty()));
            throw e;
        }
    }

    /** Nothing usable came back: the broker may be down, and an order may or may not be at it. */
    static boolean noAnswer(Throwable error) {
        return error instanceof UncheckedIOException
                || error instanceof SmartApiException refusal && refusal.isAmbiguous();
    }

    static boolean rateLimited(Throwable error) {
        return error instanceof SmartApiException refusal && refusal.isRateLimit();
    }
}
