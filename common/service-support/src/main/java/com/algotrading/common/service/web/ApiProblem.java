package com.algotrading.common.service.web;

import org.springframework.web.ErrorResponseException;

import java.util.Collections;
import java.util.Map;

/**
 * An error a service answers as a problem of the given type (the status comes from the type), with any extra members
 * such as the bad rows of an import. Throw it from a controller; headers that belong to the answer (Retry-After,
 * WWW-Authenticate) go on {@link #getHeaders()}.
 */
public class ApiProblem extends ErrorResponseException {

    private final ProblemType type;

    public ApiProblem(ProblemType type, String detail, Map<String, Object> properties) {
        super(type.status(), Problems.of(type, detail), null);
        this.type = type;
        properties.forEach(getBody()::setProperty);
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemType type() {
        return type;
    }

    /** The extra members of the problem, as the client sees them. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = getBody().getProperties();
        return properties == null ? Map.of() : Collections.unmodifiableMap(properties);
    }

    /** The detail alone, as a command line or a log wants it (the default would prefix the status). */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
