package com.algotrading.dashboard.proxy;

import com.algotrading.common.service.tracing.CurrentTrace;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.dashboard.apikeys.ApiKeyAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Forwards a request of the public API as it came (method, raw path and query, body, the headers that carry
 * meaning) to another service, with the service token and {@code X-Actor} (the user, or {@code owner:key:id} for an
 * API key; the trading-service trusts it only with the token) and the request's trace ({@code traceparent}), and
 * streams the answer back, event streams included. Absolute {@code Location} and {@code Link} headers are rewritten to
 * this service's address. A service that does not answer within the timeout, refuses the connection, or whose circuit
 * breaker is open after repeated failures is the 503 {@code /problems/unavailable} naming it.
 */
@Component
@EnableConfigurationProperties(ProxyProperties.class)
class Forwarder {

    static final String ACTOR = "X-Actor";
    private static final int MAX_BODY = 1 << 20;
    private static final List<String> REQUEST_HEADERS =
            List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, "Idempotency-Key", "Last-Event-ID");
    private static final List<String> ANSWER_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.LINK, HttpHeaders.RETRY_AFTER, HttpHeaders.CACHE_CONTROL);

    private final HttpClient http;
    private final ProxyProperties settings;
    private final String bearer;
    private final CurrentTrace trace;

    Forwarder(ProxyProperties settings, PlatformSettings platform, CurrentTrace trace) {
        this.settings = settings;
        this.trace = trace;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
        this.bearer = "Bearer " + platform.serviceToken().value();
    }

    void forward(Upstream upstream, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpRequest call = call(upstream, request);
        if (!upstream.breaker().tryAcquirePermission()) {
            throw unavailable(upstream, "it failed repeatedly, so calls are paused for a while");
        }
        long started = System.nanoTime();
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(call, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            upstream.breaker().onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            throw unavailable(upstream, "it did not answer in time or refused the connection");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            upstream.breaker().onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            throw unavailable(upstream, "the call was interrupted");
        }
        if (answer.statusCode() >= 500) {
            upstream.breaker().onError(System.nanoTime() - started, TimeUnit.NANOSECONDS,
                    new IOException(upstream.name() + " answered " + answer.statusCode()));
        } else {
            upstream.breaker().onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        relay(upstream, answer, response);
    }

    private HttpRequest call(Upstream upstream, HttpServletRequest request) throws IOException {
        String query = request.getQueryString();
        URI target = URI.create(upstream.origin() + request.getRequestURI() + (query == null ? "" : "?" + query));
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new ApiProblem(StandardProblem.INVALID_REQUEST, "the request body is over 1 MiB");
        }
        HttpRequest.Builder call = HttpRequest.newBuilder(target).timeout(settings.timeout())
                .method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .header(ACTOR, actor(SecurityContextHolder.getContext().getAuthentication()));
        for (String name : REQUEST_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                call.header(name, value);
            }
        }
        trace.inject(call::header);
        return call.build();
    }

    /** Who the trading audit log names: the user, or the key's owner and the key. */
    static String actor(Authentication caller) {
        return caller instanceof ApiKeyAuthentication key ? key.getName() + ":key:" + key.keyId() : caller.getName();
    }

    private static void relay(Upstream upstream, HttpResponse<InputStream> answer, HttpServletResponse response)
            throws IOException {
        response.setStatus(answer.statusCode());
        String here = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        for (String name : ANSWER_HEADERS) {
            answer.headers().allValues(name).forEach(value ->
                    response.addHeader(name, value.replace(upstream.origin(), here)));
        }
        boolean stream = answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE)).orElse(false);
        try (InputStream in = answer.body()) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                if (stream) {
                    // each event reaches the caller as it comes, not when a buffer fills
                    out.flush();
                }
            }
        }
    }

    private static ApiProblem unavailable(Upstream upstream, String why) {
        return new ApiProblem(StandardProblem.UNAVAILABLE, upstream.name() + " is unavailable: " + why);
    }
}
