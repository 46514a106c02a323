package com.algotrading.dashboard.pages;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.DashboardServiceTest;
import com.algotrading.dashboard.FakeService.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages over HTTP: each one needs a login (a browser without one is sent to it), a viewer sees them without the
 * actions a viewer may not take, and the overview arrives with the day's figures already written in Indian grouping.
 */
class PagesIT extends DashboardServiceTest {

    private static final List<String> PAGES = List.of("/", "/positions", "/orders", "/trades", "/strategies", "/chart",
            "/backtests", "/risk", "/users", "/keys", "/audit");

    @Test
    void sendsABrowserWithoutALoginToTheLoginPageFromEveryPage() {
        DashboardClient anonymous = DashboardClient.anonymous(port);
        for (String page : PAGES) {
            HttpResponse<String> answer = anonymous.get(page, "text/html");
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void showsAViewerEveryPageWithoutTheActionsOfATraderOrAnAdmin() {
        admin().call("POST", "/api/v1/users", "{\"username\":\"pages-viewer\",\"password\":\"pages-viewer-password\","
                + "\"role\":\"VIEWER\"}");
        DashboardClient viewer = DashboardClient.loggedIn(port, "pages-viewer", "pages-viewer-password");
        for (String page : PAGES) {
            HttpResponse<String> answer = viewer.get(page, "text/html");
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).contains("id=\"mode-banner\"", "PAPER TRADING", "data-role=\"VIEWER\"")
                    .doesNotContain("href=\"/users\"");
        }
        assertThat(viewer.get("/", "text/html").body()).doesNotContain("kill-engage", "kill-release");
        assertThat(viewer.get("/orders", "text/html").body()).doesNotContain("order-form", "cancel-all");
        assertThat(admin().get("/", "text/html").body()).contains("kill-engage", "kill-release", "href=\"/users\"");
    }

    @Test
    void rendersTheOverviewsFiguresInIndianGroupingOnTheServer() {
        UPSTREAM.reply("GET", "/api/v1/pnl", json("{\"realised\":\"-1234.5\",\"unrealised\":\"250000\",\"charges\":\"61.20\","
                + "\"net\":\"248704.30\",\"equity\":\"1248704.30\",\"equityCurve\":[]}"));
        UPSTREAM.reply("GET", "/api/v1/risk", json("{\"state\":\"REDUCING\",\"reason\":\"daily loss limit reached\","
                + "\"tradesToday\":7,\"maxDailyTrades\":50,\"dailyPnl\":\"-25000.00\",\"limits\":{}}"));

        String overview = admin().get("/", "text/html").body();

        assertThat(overview).contains(">₹12,48,704.30<", ">-₹1,234.50<", ">₹2,50,000.00<", ">₹61.20<", ">REDUCING<",
                ">daily loss limit reached<").containsPattern("trades <span id=\"trades-count\"><span[^>]*>7</span>\\s*/ <span[^>]*>50</span>");
    }

    private static Reply json(String body) {
        return new Reply(200, Map.of("Content-Type", "application/json"), body);
    }
}
