package com.algotrading.data.web;

import com.algotrading.data.instruments.UnknownInstrumentException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Arrays;

/** The one place exceptions become RFC 7807 problem details ({@code application/problem+json}). */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler
    ProblemDetail badRequest(ApiProblem e) {
        ProblemDetail problem = problem(e.type(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownInstrument(UnknownInstrumentException e) {
        return problem(ProblemType.UNKNOWN_INSTRUMENT, e.getMessage());
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
