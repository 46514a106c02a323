package com.algotrading.data.web;

import java.util.Map;

/** An error answered as a problem of its type (status from the type), with any extra members such as the bad rows. */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;

    public ApiProblem(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblem(String detail) {
        this(ProblemType.INVALID_PARAMETER, detail);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
