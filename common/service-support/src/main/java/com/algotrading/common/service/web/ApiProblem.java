package com.algotrading.common.service.web;

import org.springframework.web.ErrorResponseException;

/**
 * An error a service answers as a problem of the given type (the status comes from the type). Throw it from a
 * controller; headers that belong to the answer (Retry-After, WWW-Authenticate) go on {@link #getHeaders()}. A
 * feature's own exceptions, which know nothing of HTTP, are mapped by the service's advice instead (see
 * {@link ProblemDetailsHandler}).
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(ProblemType type, String detail) {
        super(type.status(), Problems.of(type, detail), null);
    }

    /** The detail alone, as a command line or a log wants it (the default would prefix the status). */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
