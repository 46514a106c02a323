package com.algotrading.common.service.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

import java.net.URI;

/**
 * The one place exceptions become RFC 9457 problem details ({@code application/problem+json}), in every service:
 * an {@link ApiProblem} as its type says; every framework error about the request (media type, unreadable body,
 * missing or mistyped parameter, failed validation, wrong method, no such path) with a {@link StandardProblem} type
 * and a detail that names what was wrong; anything else as a 500 {@code /problems/internal-error} whose detail says
 * nothing of the cause, logged once with its stack trace.
 *
 * <p>Auto-configured when a service declares none. A service with exceptions of its own (domain validation errors)
 * subclasses it as its {@code @RestControllerAdvice} and adds {@code @ExceptionHandler} methods built with
 * {@link #problem}; it may name its own type for bad parameters with {@link #invalidParameter()}.
 */
@RestControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
    private static final URI UNTYPED = URI.create("about:blank");

    /** The problem of the given type with this occurrence's detail, for a subclass's exception handlers. */
    protected static ProblemDetail problem(ProblemType type, String detail) {
        return Problems.of(type, detail);
    }

    /** The type of a missing, unparseable or invalid request parameter (query, path or header). */
    protected ProblemType invalidParameter() {
        return StandardProblem.INVALID_REQUEST;
    }

    /** Any exception nothing else handles: a bug or a failure of ours, never the caller's to read about. */
    @ExceptionHandler
    protected @Nullable ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** A multipart body that cannot be parsed (no boundary, cut short) is the caller's to fix, not a failure of ours. */
    @ExceptionHandler
    protected @Nullable ResponseEntity<Object> unreadableMultipart(MultipartException e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** A query parameter that is not validly percent-encoded ({@code %zz}): Tomcat refuses to decode it. */
    @ExceptionHandler
    protected @Nullable ResponseEntity<Object> undecodableParameter(InvalidParameterException e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A caller that hung up (a broken pipe while the answer was written) is no failure to log, nor anyone to tell.
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            return null;
        }
        if (status.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error("failed to answer {}", describe(request), e);
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response == null) {
            return null;
        }
        Object problem = response.getBody() instanceof ProblemDetail typed && isTyped(typed) ? typed
                : Problems.ofStatus(typeOf(e, status), status, RequestErrors.detail(e).orElseGet(() ->
                        response.getBody() instanceof ProblemDetail untyped && untyped.getDetail() != null
                                ? untyped.getDetail() : "the request is not valid here"));
        // Set, not negotiated: a problem is problem+json whatever the request asked to accept.
        return ResponseEntity.status(status).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isTyped(ProblemDetail problem) {
        return problem.getType() != null && !UNTYPED.equals(problem.getType());
    }

    private ProblemType typeOf(Exception e, HttpStatusCode status) {
        boolean badParameter = e instanceof ServletRequestBindingException || e instanceof TypeMismatchException
                || e instanceof HandlerMethodValidationException || e instanceof InvalidParameterException;
        return badParameter && status.value() == HttpStatus.BAD_REQUEST.value()
                ? invalidParameter() : StandardProblem.forStatus(status);
    }

    private static String describe(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        return servlet == null ? request.getDescription(false) : servlet.getMethod() + " " + servlet.getRequestURI();
    }
}
