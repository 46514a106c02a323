package com.algotrading.trading;

import com.algotrading.common.service.web.ProblemDetailsHandler;
import com.algotrading.common.service.web.ProblemType;
import com.algotrading.common.service.web.StandardProblem;
import com.algotrading.trading.broker.BrokerUnavailableException;
import com.algotrading.trading.deployments.DeploymentRunningException;
import com.algotrading.trading.deployments.InvalidDeploymentException;
import com.algotrading.trading.leadership.NotLeaderException;
import com.algotrading.trading.market.MarketDataUnavailableException;
import com.algotrading.trading.market.UnknownInstrumentException;
import com.algotrading.trading.orders.InvalidOrderException;
import com.algotrading.trading.orders.OrderConflictException;
import com.algotrading.trading.web.NotFoundException;
import com.algotrading.trading.web.RiskDeniedException;
import com.algotrading.trading.webhooks.AlertRefusedException;
import com.algotrading.trading.webhooks.WebhookUnauthorizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The platform's problem details (see {@link ProblemDetailsHandler}: every framework error, anything unexpected as a
 * logged 500) with the trading contract's for what the order manager refuses and why a write could not be done. It
 * lives beside the application, not in {@code web}, because it knows every feature while every feature uses
 * {@code web}.
 */
@RestControllerAdvice
class TradingProblems extends ProblemDetailsHandler {

    private static final Logger log = LoggerFactory.getLogger(TradingProblems.class);

    /** The contract's types only the trading-service answers with. */
    enum TradingProblem implements ProblemType {
        /** 400, not 404: the instrument is named in the body or the path of an endpoint that exists. */
        UNKNOWN_INSTRUMENT;

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /**
     * What a request says that cannot be (an order no broker would take; a missing field, a bad range or a malformed
     * symbol, as the web layer and the domain's value types check them).
     */
    @ExceptionHandler({InvalidOrderException.class, InvalidDeploymentException.class, IllegalArgumentException.class})
    ProblemDetail invalidRequest(RuntimeException e) {
        return problem(StandardProblem.INVALID_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownInstrument(UnknownInstrumentException e) {
        return problem(TradingProblem.UNKNOWN_INSTRUMENT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(StandardProblem.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({OrderConflictException.class, DeploymentRunningException.class, AlertRefusedException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(StandardProblem.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail wrongSecret(WebhookUnauthorizedException e) {
        return problem(StandardProblem.UNAUTHORIZED, e.getMessage());
    }

    /** A risk denial: 422 with the rule that fired. */
    @ExceptionHandler
    ProblemDetail riskDenied(RiskDeniedException e) {
        ProblemDetail problem = problem(StandardProblem.RISK_DENIED, e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    /** The standby, the data-service or the broker cannot take the request now. */
    @ExceptionHandler({NotLeaderException.class, MarketDataUnavailableException.class, BrokerUnavailableException.class})
    ProblemDetail unavailable(RuntimeException e) {
        return problem(StandardProblem.UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail database(RuntimeException e) {
        log.warn("Database unavailable for a request: {}", e.getMessage());
        return problem(StandardProblem.UNAVAILABLE, "the trading database is unavailable; nothing was sent to the broker");
    }
}
