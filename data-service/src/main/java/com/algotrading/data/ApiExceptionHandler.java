package com.algotrading.data;

import com.algotrading.common.service.web.ProblemDetailsHandler;
import com.algotrading.data.instruments.UnknownInstrumentException;
import com.algotrading.data.web.ProblemType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The platform's problem details (see {@link ProblemDetailsHandler}) with this service's own: the domain exceptions
 * of its features, and {@code /problems/invalid-parameter} for a bad parameter, as documented. It lives beside the
 * application, not in {@code web}, because it knows every feature while every feature uses {@code web}.
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
}
