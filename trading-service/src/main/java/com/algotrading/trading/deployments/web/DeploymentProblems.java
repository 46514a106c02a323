package com.algotrading.trading.deployments.web;

import com.algotrading.trading.deployments.DeploymentRunningException;
import com.algotrading.trading.deployments.InvalidDeploymentException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** The contract's problem types for what deployments refuse. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeploymentProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidDeploymentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail running(DeploymentRunningException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
