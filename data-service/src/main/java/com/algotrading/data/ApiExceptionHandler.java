package com.algotrading.data;

import com.algotrading.common.service.web.ProblemDetailsHandler;
import com.algotrading.data.candles.InvalidCandlesException;
import com.algotrading.data.candles.RangeTooLargeException;
import com.algotrading.data.candles.UnknownIntervalException;
import com.algotrading.data.instruments.UnknownInstrumentException;
import com.algotrading.data.stream.InvalidSymbolException;
import com.algotrading.data.web.ProblemType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The platform's problem details (see {@link ProblemDetailsHandler}) with this service's own: the domain exceptions
 * of its features, which know nothing of HTTP, and {@code /problems/invalid-parameter} for a bad parameter, as
 * documented. It lives beside the application, not in {@code web}, because it knows every feature while every
 * feature uses {@code web}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ProblemDetailsHandler {

    @Override
    protected ProblemType invalidParameter() {
        return ProblemType.INVALID_PARAMETER;
    }

    @ExceptionHandler
    ProblemDetail unknownInstrument(UnknownInstrumentException e) {
        return problem(ProblemType.UNKNOWN_INSTRUMENT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidCandles(InvalidCandlesException e) {
        ProblemDetail problem = problem(ProblemType.INVALID_CANDLES, e.getMessage()
                + " (add skipBadRows=true to write the good rows)");
        problem.setProperty("badRowCount", e.badRowCount());
        problem.setProperty("badRows", e.badRows());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail rangeTooLarge(RangeTooLargeException e) {
        return problem(ProblemType.RANGE_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownInterval(UnknownIntervalException e) {
        return problem(ProblemType.UNKNOWN_INTERVAL, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidSymbol(InvalidSymbolException e) {
        return problem(ProblemType.INVALID_PARAMETER, e.getMessage());
    }
}
