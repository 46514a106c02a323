package com.algotrading.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's public API as a script uses it (docs/api.md): a login as a browser does it, then an API key. */
final class DashboardClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A key alone says who calls: no session cookie goes with it. */
    private static final HttpClient HTTP_WITHOUT_COOKIES = HttpClient.newHttpClient();

    private final String url;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    DashboardClient(String url) {
        this.url = url;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    void login(String username, String password) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(url + "/login")).GET());
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password))));
        assertThat(login.statusCode()).as("login answer %s", login.body()).isBetween(200, 399);
    }

    /** A new API key of the logged-in user, as its one answer shows it. */
    String createApiKey(String name, String scope) throws IOException, InterruptedException {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/api-keys"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"scope\":\"" + scope + "\"}")));
        assertThat(created.statusCode()).as("API key answer %s", created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("key").asString();
    }

    /** A GET with the session. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url + path)).header("Accept", "application/json").GET());
    }

    HttpResponse<String> postWithKey(String key, String path, String json) throws IOException, InterruptedException {
        return HTTP_WITHOUT_COOKIES.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> answer) {
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
