package com.algotrading.common.fuzz;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** One mapped path and method set of a service, with what its handler reads: query parameters, path variables, a body. */
record Endpoint(String pattern, List<String> methods, List<MediaType> consumes, List<MediaType> produces,
                List<Parameter> query, List<Parameter> pathVariables, Optional<Class<?>> body) {

    /** A request parameter or path variable: its name, the Java type it binds to, whether the handler needs it. */
    record Parameter(String name, Class<?> type, boolean required) {
    }

    /** Every endpoint of the mapping, in a stable order (so a seed always means the same requests). */
    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
            for (String pattern : info.getPatternValues()) {
                endpoints.add(new Endpoint(pattern, methods.isEmpty() ? List.of("GET") : methods,
                        List.copyOf(info.getConsumesCondition().getConsumableMediaTypes()),
                        List.copyOf(info.getProducesCondition().getProducibleMediaTypes()),
                        parameters(entry.getValue(), false), parameters(entry.getValue(), true),
                        body(entry.getValue())));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(endpoint -> endpoint.methods().toString()));
        return List.copyOf(endpoints);
    }

    private static List<Parameter> parameters(HandlerMethod handler, boolean pathVariables) {
        List<Parameter> parameters = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (pathVariables && parameter.getParameterAnnotation(PathVariable.class) instanceof PathVariable variable) {
                parameters.add(new Parameter(name(variable.name(), parameter), parameter.getParameterType(), true));
            }
            if (!pathVariables && parameter.getParameterAnnotation(RequestParam.class) instanceof RequestParam param) {
                parameters.add(new Parameter(name(param.name(), parameter), parameter.getParameterType(),
                        param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)));
            }
        }
        return List.copyOf(parameters);
    }

    private static Optional<Class<?>> body(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return Optional.of(parameter.getParameterType());
            }
        }
        return Optional.empty();
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    /** The pattern with each {@code {variable}} replaced by the given values, in order. */
    String path(List<String> values) {
        String path = pattern;
        for (int i = 0; i < pathVariables.size(); i++) {
            path = path.replaceFirst("\\{" + pathVariables.get(i).name() + "(:[^}]*)?}",
                    Matcher.quoteReplacement(values.get(i)));
        }
        return path;
    }
}
