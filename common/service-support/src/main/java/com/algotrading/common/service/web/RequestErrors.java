package com.algotrading.common.service.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What was wrong with a request, in words the caller can act on: the parameter or field by name, what it may be,
 * which method or media type the endpoint takes. Never an exception message of the server's own making.
 */
final class RequestErrors {

    private RequestErrors() {
    }

    /** The detail for a framework exception about the request, or empty to keep the framework's own. */
    static Optional<String> detail(Exception e) {
        return Optional.ofNullable(switch (e) {
            case MissingServletRequestParameterException missing ->
                    "parameter '" + missing.getParameterName() + "' is required";
            case TypeMismatchException mismatch -> mismatch(mismatch);
            case HttpMessageNotReadableException unreadable -> unreadable(unreadable);
            case MethodArgumentNotValidException invalid -> invalid.getFieldErrors().isEmpty()
                    ? null : invalid.getFieldErrors().stream().map(RequestErrors::field).collect(Collectors.joining("; "));
            case HandlerMethodValidationException invalid -> invalid.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream().map(error -> "parameter '"
                            + result.getMethodParameter().getParameterName() + "' " + error.getDefaultMessage()))
                    .collect(Collectors.joining("; "));
            case HttpRequestMethodNotSupportedException method -> method.getMethod() + " is not supported here; use "
                    + method.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted()
                    .collect(Collectors.joining(" or "));
            case HttpMediaTypeNotSupportedException media -> (media.getContentType() == null
                    ? "a Content-Type header is required" : "Content-Type " + media.getContentType() + " is not supported")
                    + "; send " + media.getSupportedMediaTypes();
            case HttpMediaTypeNotAcceptableException media -> "none of the accepted media types can be answered;"
                    + " this endpoint answers " + media.getSupportedMediaTypes();
            case NoResourceFoundException none -> "nothing at " + none.getHttpMethod() + " /" + none.getResourcePath();
            case NoHandlerFoundException none -> "nothing at " + none.getHttpMethod() + " " + none.getRequestURL();
            case MultipartException multipart -> "the multipart body cannot be read";
            case InvalidParameterException undecodable ->
                    "a parameter is not validly percent-encoded: % must be followed by two hex digits (%25 for %)";
            default -> null;
        });
    }

    private static String mismatch(TypeMismatchException e) {
        Class<?> required = e.getRequiredType();
        String valid = required != null && required.isEnum()
                ? "; valid: " + Arrays.toString(required.getEnumConstants()) : "";
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        // a parameter given twice (?size=x&size=2) arrives as an array, whose toString would name a JVM type
        Object value = e.getValue() instanceof Object[] values
                ? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(",")) : e.getValue();
        return "'" + value + "' is not a valid " + name + valid;
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException json)) {
            return "the request body is missing or cannot be read";
        }
        String path = json.getPath().stream().map(reference -> reference.getPropertyName() != null
                ? reference.getPropertyName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
        if (json instanceof StreamReadException) {
            return "the request body is not valid JSON" + where(json);
        }
        if (path.isEmpty()) {
            return "the request body is JSON of another shape than this endpoint takes" + where(json);
        }
        if (json instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            return "field '" + path + "': '" + format.getValue() + "' is not one of "
                    + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        return "field '" + path + "' has a value of the wrong type or format";
    }

    private static String where(JacksonException json) {
        TokenStreamLocation at = json.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String field(FieldError error) {
        return "field '" + error.getField() + "' " + error.getDefaultMessage();
    }
}
