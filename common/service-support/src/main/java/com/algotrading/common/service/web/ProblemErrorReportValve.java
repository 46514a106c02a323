package com.algotrading.common.service.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tomcat's last word on an error nothing else answered, as a problem detail instead of Tomcat's HTML page: chiefly a
 * request Tomcat refused before any servlet saw it (a request line with a raw {@code |}, {@code [} or {@code %00},
 * an encoded slash). Never the exception or server info. (An error status set with an empty body, as Spring Boot's
 * actuator does for an unknown metric, is committed before this valve runs and stays empty.)
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        ProblemDetail problem = Problems.ofStatus(StandardProblem.forStatus(code), code, status == 400
                ? "the request is not valid HTTP; in a URL, characters such as | { } [ ] \\ ^ must be percent-encoded"
                : HttpStatus.resolve(status) instanceof HttpStatus known ? known.getReasonPhrase() : "the request failed");
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(members(problem)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // The client went away, or the response cannot take a body any more: there is no one to tell.
        }
    }

    private static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        return members;
    }
}
