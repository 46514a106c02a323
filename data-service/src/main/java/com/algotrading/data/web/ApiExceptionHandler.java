package com.algotrading.data.web;

import com.algotrading.data.candles.InvalidCandlesException;
import com.algotrading.data.candles.RangeTooLargeException;
import com.algotrading.data.candles.UnknownIntervalException;
import com.algotrading.data.instruments.UnknownInstrumentException;
import com.algotrading.data.stream.InvalidSymbolException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Arrays;

/**
 * The one place exceptions become RFC 7807 problem details ({@code application/problem+json}): the web layer's
 * {@link ApiProblem}, and the features' own exceptions, which know nothing of HTTP.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler
    ProblemDetail badRequest(ApiProblem e) {
        return problem(e.type(), e.getMessage());
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

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(ProblemType.INVALID_PARAMETER, "parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler
    ProblemDetail unparseableParameter(MethodArgumentTypeMismatchException e) {
        String valid = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "; valid: " + Arrays.toString(e.getRequiredType().getEnumConstants()) : "";
        return problem(ProblemType.INVALID_PARAMETER,
                "'" + e.getValue() + "' is not a valid " + e.getName() + valid);
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }
}
