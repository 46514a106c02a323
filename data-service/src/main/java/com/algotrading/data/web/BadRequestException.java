package com.algotrading.data.web;

import java.util.Map;

/** A client error with its problem type and any extra problem members (such as the list of bad rows). */
public class BadRequestException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;

    public BadRequestException(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public BadRequestException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public BadRequestException(String detail) {
        this(ProblemType.INVALID_PARAMETER, detail);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
