package com.algotrading.common.service.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.net.URI;

/**
 * The container's error page ({@code /error}) as a problem detail instead of Spring's default JSON: what reaches it
 * failed outside Spring MVC (a filter, the container), so only the status is known. The exception, if any, was
 * logged by the container and is never shown. A direct request for the error page is answered 404.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400 && code < 600 ? HttpStatusCode.valueOf(code) : HttpStatus.NOT_FOUND;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        ProblemDetail problem = Problems.ofStatus(StandardProblem.forStatus(status), status, status.value() == 404
                ? "nothing at " + path : HttpStatus.resolve(status.value()) instanceof HttpStatus known
                ? known.getReasonPhrase() : "the request failed");
        instance(problem, path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void instance(ProblemDetail problem, String path) {
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            // The container let through a path java.net.URI refuses: the problem goes without its instance.
        }
    }
}
