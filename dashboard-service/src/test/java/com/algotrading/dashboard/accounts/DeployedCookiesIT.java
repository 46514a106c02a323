package com.algotrading.dashboard.accounts;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.DashboardServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside local the dashboard is reached over HTTPS only (the ALB), so its cookies are Secure. */
@TestPropertySource(properties = {"ENVIRONMENT=staging", "spring.profiles.active=staging",
        "SERVICE_TOKEN=a-service-token-of-at-least-32-characters"})
class DeployedCookiesIT extends DashboardServiceTest {

    @Test
    void theSessionAndCsrfCookiesAreSecureHttpOnlyWhereTheyShouldBeAndSameSiteLax() {
        DashboardClient browser = DashboardClient.anonymous(port);

        HttpResponse<String> page = browser.get("/login", "text/html");
        String csrf = cookie(page, "XSRF-TOKEN");
        // A client keeps a Secure cookie to itself over plain HTTP, so the test sends the token as a browser on
        // HTTPS would.
        String token = csrf.substring("XSRF-TOKEN=".length(), csrf.indexOf(';'));
        HttpResponse<String> login = browser.send(browser.request("/login").header("Cookie", "XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)));
        String session = cookie(login, "SESSION");
        assertThat(session).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(csrf).contains("Secure", "SameSite=Lax").doesNotContain("HttpOnly");
    }

    private static String cookie(HttpResponse<String> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + answer.headers()));
    }
}
