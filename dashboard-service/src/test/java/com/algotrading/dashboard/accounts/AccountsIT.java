package com.algotrading.dashboard.accounts;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.DashboardServiceTest;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins, lockout, throttling, the second factor, passwords and users, over real HTTP against PostgreSQL. */
@TestPropertySource(properties = {"LOGIN_MAX_FAILURES=3", "LOGIN_MAX_FAILURES_PER_ADDRESS=6"})
class AccountsIT extends DashboardServiceTest {

    @Test
    void theFirstAdminLogsInWithThePasswordOfTheVariableAndLandsOnTheStatusPage() {
        DashboardClient browser = DashboardClient.anonymous(port);

        HttpResponse<String> login = browser.login("admin", ADMIN_PASSWORD, "");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        JsonNode me = browser.json(browser.get("/api/v1/account"));
        assertThat(me.path("username").asString()).isEqualTo("admin");
        assertThat(me.path("role").asString()).isEqualTo("ADMIN");
        assertThat(me.has("passwordHash")).isFalse();
        assertThat(browser.get("/", "text/html").body()).contains("<title>Algo Trading System</title>");
    }

    @Test
    void storesPasswordsAsDelegatingBcryptHashes() {
        assertThat(jdbc.queryForObject("SELECT password_hash FROM dashboard.users WHERE username = 'admin'", String.class))
                .startsWith("{bcrypt}$2").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void keepsSessionsInPostgresql() {
        DashboardClient browser = admin();

        String session = browser.cookie("SESSION").orElseThrow().getValue();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM dashboard.spring_session WHERE principal_name = 'admin'",
                Integer.class)).isPositive();
        assertThat(session).isNotBlank();
    }

    @Test
    void sendsAnAnonymousBrowserToTheLoginPageAndAProgramA401Problem() {
        DashboardClient anonymous = DashboardClient.anonymous(port);

        HttpResponse<String> page = anonymous.get("/", "text/html");
        HttpResponse<String> api = anonymous.get("/api/v1/platform/status");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anonymous.json(api).path("type").asString()).isEqualTo("/problems/unauthorized");
    }

    @Test
    void wrongCredentialsGoBackToTheLoginPageWithAMessageThatDoesNotTellWhetherTheUserExists() {
        DashboardClient browser = DashboardClient.anonymous(port).from("10.0.0.11");

        HttpResponse<String> wrongPassword = browser.login("admin", "not-the-password", "");
        String wrongPasswordMessage = browser.loginMessage();
        browser.login("nobody-by-this-name", "not-the-password", "");

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(wrongPasswordMessage).isEqualTo("Wrong username or password.");
        assertThat(browser.loginMessage()).isEqualTo(wrongPasswordMessage);
        jdbc.update("UPDATE dashboard.users SET failed_logins = 0 WHERE username = 'admin'");
    }

    @Test
    void locksAnAccountAfterTheFailedLoginsInARowUntilAnAdminUnlocksIt() {
        DashboardClient admin = admin();
        admin.call("POST", "/api/v1/users", "{\"username\":\"locky\",\"password\":\"locky-password-1\",\"role\":\"VIEWER\"}");
        DashboardClient guesser = DashboardClient.anonymous(port).from("10.0.0.12");

        for (int i = 0; i < 3; i++) {
            guesser.login("locky", "guess-" + i, "");
        }
        HttpResponse<String> rightPasswordTooLate = guesser.login("locky", "locky-password-1", "");

        assertThat(rightPasswordTooLate.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("?error"));
        assertThat(guesser.loginMessage()).startsWith("This account is locked after 3 failed logins. Try again in 15 minutes");
        assertThat(admin.call("POST", "/api/v1/users/locky/unlock", null).statusCode()).isEqualTo(204);
        DashboardClient.loggedIn(port, "locky", "locky-password-1");
    }

    @Test
    void refusesAnAddressAfterTooManyFailedLoginsWhateverTheAccount() {
        DashboardClient sprayer = DashboardClient.anonymous(port).from("10.0.0.13");

        for (int i = 0; i < 6; i++) {
            sprayer.login("user-" + i, "spray", "");
        }
        sprayer.login("admin", ADMIN_PASSWORD, "");

        assertThat(sprayer.loginMessage()).startsWith("Too many failed logins from your address. Try again in 15 minutes");
        admin();
    }

    @Test
    void setsTheSessionAndCsrfCookiesSameSiteLaxAndTheSessionHttpOnly() {
        DashboardClient browser = DashboardClient.anonymous(port);

        HttpResponse<String> page = browser.get("/login", "text/html");
        HttpResponse<String> login = browser.login("admin", ADMIN_PASSWORD, "");

        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        String csrf = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(csrf).contains("SameSite=Lax").doesNotContain("HttpOnly");
    }

    @Test
    void refusesAStateChangingSessionCallWithoutTheCsrfToken() {
        DashboardClient admin = admin();
        String user = "{\"username\":\"forged\",\"password\":\"forged-password-1\",\"role\":\"ADMIN\"}";

        HttpResponse<String> forged = admin.callWithoutCsrf("POST", "/api/v1/users", user);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(admin.json(forged).path("detail").asString()).contains("X-XSRF-TOKEN");
        assertThat(admin.get("/api/v1/users/forged").statusCode()).isEqualTo(404);
        assertThat(admin.call("POST", "/api/v1/users", user).statusCode()).isEqualTo(201);
    }

    @Test
    void aSecondFactorOnceConfirmedIsAskedForAtEveryLogin() {
        DashboardClient admin = admin();
        admin.call("POST", "/api/v1/users", "{\"username\":\"totpuser\",\"password\":\"totp-password-1\",\"role\":\"TRADER\"}");
        DashboardClient user = DashboardClient.loggedIn(port, "totpuser", "totp-password-1");

        JsonNode enrolment = user.json(user.call("POST", "/api/v1/account/totp", null));
        String secret = enrolment.path("secret").asString();
        assertThat(enrolment.path("otpauthUri").asString()).startsWith("otpauth://totp/").contains("secret=" + secret);
        assertThat(user.call("POST", "/api/v1/account/totp/confirm", "{\"code\":\"000000\"}").statusCode()).isEqualTo(400);
        assertThat(user.call("POST", "/api/v1/account/totp/confirm", "{\"code\":\"" + code(secret) + "\"}").statusCode())
                .isEqualTo(204);

        DashboardClient next = DashboardClient.anonymous(port).from("10.0.0.14");
        next.login("totpuser", "totp-password-1", "");
        assertThat(next.loginMessage()).contains("enter the 6-digit code");
        next.login("totpuser", "totp-password-1", "123456".equals(code(secret)) ? "654321" : "123456");
        assertThat(next.loginMessage()).isEqualTo("Wrong or expired authenticator code.");
        HttpResponse<String> withCode = next.login("totpuser", "totp-password-1", code(secret));
        assertThat(withCode.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    @Test
    void aChangedPasswordReplacesTheOldOneAndEndsTheUsersOtherSessions() {
        DashboardClient admin = admin();
        admin.call("POST", "/api/v1/users", "{\"username\":\"changer\",\"password\":\"changer-password-1\",\"role\":\"VIEWER\"}");
        DashboardClient here = DashboardClient.loggedIn(port, "changer", "changer-password-1");
        DashboardClient elsewhere = DashboardClient.loggedIn(port, "changer", "changer-password-1");

        assertThat(here.call("PUT", "/api/v1/account/password",
                "{\"currentPassword\":\"wrong-password-9\",\"newPassword\":\"changer-password-2\"}").statusCode()).isEqualTo(400);
        assertThat(here.call("PUT", "/api/v1/account/password",
                "{\"currentPassword\":\"changer-password-1\",\"newPassword\":\"short\"}").statusCode()).isEqualTo(400);
        assertThat(here.call("PUT", "/api/v1/account/password",
                "{\"currentPassword\":\"changer-password-1\",\"newPassword\":\"changer-password-2\"}").statusCode()).isEqualTo(204);

        assertThat(here.get("/api/v1/account").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/api/v1/account").statusCode()).isEqualTo(401);
        DashboardClient.loggedIn(port, "changer", "changer-password-2");
        DashboardClient old = DashboardClient.anonymous(port).from("10.0.0.15");
        old.login("changer", "changer-password-1", "");
        assertThat(old.loginMessage()).isEqualTo("Wrong username or password.");
    }

    @Test
    void anAdminManagesUsersAndOthersMayNot() {
        DashboardClient admin = admin();

        HttpResponse<String> created = admin.call("POST", "/api/v1/users",
                "{\"username\":\"trader1\",\"password\":\"trader1-password\",\"role\":\"TRADER\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(admin.call("POST", "/api/v1/users",
                "{\"username\":\"trader1\",\"password\":\"trader1-password\",\"role\":\"TRADER\"}").statusCode()).isEqualTo(409);
        DashboardClient trader = DashboardClient.loggedIn(port, "trader1", "trader1-password");
        assertThat(trader.get("/api/v1/users").statusCode()).isEqualTo(403);

        JsonNode demoted = admin.json(admin.call("PATCH", "/api/v1/users/trader1", "{\"role\":\"VIEWER\"}"));
        assertThat(demoted.path("role").asString()).isEqualTo("VIEWER");
        assertThat(trader.get("/api/v1/account").statusCode()).as("the old session ended with its role").isEqualTo(401);
        assertThat(admin.call("PATCH", "/api/v1/users/admin", "{\"role\":\"TRADER\"}").statusCode())
                .as("the last admin").isEqualTo(409);
        assertThat(admin.call("PATCH", "/api/v1/users/trader1", "{\"enabled\":false}").statusCode()).isEqualTo(200);
        DashboardClient disabled = DashboardClient.anonymous(port).from("10.0.0.16");
        disabled.login("trader1", "trader1-password", "");
        assertThat(disabled.loginMessage()).isEqualTo("This account is disabled. Ask an admin to enable it.");
        assertThat(admin.call("DELETE", "/api/v1/users/trader1", null).statusCode()).isEqualTo(204);
        assertThat(admin.get("/api/v1/users/trader1").statusCode()).isEqualTo(404);
    }

    @Test
    void logsOutWithTheCsrfTokenAndTheSessionEnds() {
        DashboardClient browser = admin();

        HttpResponse<String> logout = browser.call("POST", "/logout", null);

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
        assertThat(browser.get("/api/v1/account").statusCode()).isEqualTo(401);
    }

    private static String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
