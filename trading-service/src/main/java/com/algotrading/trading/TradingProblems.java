package com.algotrading.trading.web;

import com.algotrading.trading.broker.BrokerUnavailableException;
import com.algotrading.trading.leadership.NotLeaderException;
import com.algotrading.trading.market.MarketDataUnavailableException;
import com.algotrading.trading.market.UnknownInstrumentException;
import com.algotrading.trading.orders.InvalidOrderException;
import com.algotrading.trading.orders.OrderConflictException;
import com.algotrading.trading.orders.OrderNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** The trading contract's problem types for what the order manager refuses, and why a write could not be done. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TradingProblems {

    private static final Logger log = LoggerFactory.getLogger(TradingProblems.class);

    @ExceptionHandler
    ProblemDetail invalidOrder(InvalidOrderException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownInstrument(UnknownInstrumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "unknown-instrument", "Unknown instrument", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(OrderNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(OrderConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail standby(NotLeaderException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail marketData(MarketDataUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail broker(BrokerUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", e.getMessage());
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail database(RuntimeException e) {
        log.warn("Database unavailable for a request: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                "the trading database is unavailable; nothing was sent to the broker");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    /** A risk denial: 422 with the rule that fired. */
    @ExceptionHandler
    ProblemDetail riskDenied(RiskDeniedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "risk-denied", "Denied by risk", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }
}
