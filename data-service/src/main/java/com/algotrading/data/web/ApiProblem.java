package com.algotrading.data.web;

/** An error of the web layer answered as a problem of its type (status from the type). */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;

    public ApiProblem(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ApiProblem(String detail) {
        this(ProblemType.INVALID_PARAMETER, detail);
    }

    public ProblemType type() {
        return type;
    }
}
