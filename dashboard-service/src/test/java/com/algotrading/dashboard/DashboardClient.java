package com.algotrading.dashboard;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A caller of the dashboard over real HTTP on loopback, as a browser is (cookies kept, the CSRF token of the
 * {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN} on state-changing calls) or as a program is (an API key).
 * Redirects are not followed, so a test sees them.
 */
public final class DashboardClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Optional<String> apiKey;
    private Optional<String> forwardedFor = Optional.empty();

    private DashboardClient(int port, Optional<String> apiKey) {
        this.port = port;
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static DashboardClient anonymous(int port) {
        return new DashboardClient(port, Optional.empty());
    }

    public static DashboardClient withKey(int port, String key) {
        return new DashboardClient(port, Optional.of(key));
    }

    /** A browser session of this user (fails the test when the login does not succeed). */
    public static DashboardClient loggedIn(int port, String username, String password) {
        DashboardClient browser = anonymous(port);
        HttpResponse<String> login = browser.login(username, password, "");
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + login.statusCode() + " " + login.headers());
        }
        return browser;
    }

    /** Seen by the dashboard as coming from this client address (the load balancer's X-Forwarded-For). */
    public DashboardClient from(String address) {
        this.forwardedFor = Optional.of(address);
        return this;
    }

    /** The login form as a browser submits it: the page's CSRF field, then the POST. */
    public HttpResponse<String> login(String username, String password, String code) {
        Matcher field = CSRF_FIELD.matcher(get("/login", "text/html").body());
        if (!field.find()) {
            throw new AssertionError("the login page has no _csrf field");
        }
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "code", code, "_csrf", field.group(1))))));
    }

    /** The message the login page shows after a failed login. */
    public String loginMessage() {
        Matcher message = Pattern.compile("id=\"message\"[^>]*>([^<]*)<").matcher(get("/login?error", "text/html").body());
        return message.find() ? message.group(1) : "";
    }

    public HttpResponse<String> get(String path) {
        return get(path, "application/json");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public HttpResponse<String> call(String method, String path, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The same call without the CSRF header, as a forged cross-site request would come. */
    public HttpResponse<String> callWithoutCsrf(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public Optional<String> csrfToken() {
        return cookie("XSRF-TOKEN").map(HttpCookie::getValue);
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).findFirst();
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        apiKey.ifPresent(key -> request.header("X-API-Key", key));
        forwardedFor.ifPresent(address -> request.header("X-Forwarded-For", address));
        return request;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
