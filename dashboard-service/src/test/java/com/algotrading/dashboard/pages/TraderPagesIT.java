package com.algotrading.dashboard.pages;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.status.HeadlessChromium;
import com.algotrading.postgres.SpringTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trader's pages in a real headless Chromium, under the strict Content Security Policy, against a fake
 * trading-service that speaks the contract (its event stream included) on loopback. One browser for the class;
 * each test logs in if the browser is not. Every page is saved as a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "DASHBOARD_ADMIN_PASSWORD=" + TraderPagesIT.ADMIN_PASSWORD)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraderPagesIT {

    static final String ADMIN_PASSWORD = "trader-pages-admin-password";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final FakeTradingService TRADING = new FakeTradingService();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
        registry.add("TRADING_SERVICE_URL", TRADING::url);
        registry.add("DATA_SERVICE_URL", TRADING::url);
    }

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        TRADING.close();
    }

    @Test
    void refusesAWrongPasswordWithAMessageThenLogsInAndReturnsToThePageAsked() {
        browser.manage().deleteAllCookies();
        browser.get(url("/positions"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        submitLogin("wrong-password-entirely");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(text("message")).isNotBlank();
        screenshot("login");

        submitLogin(ADMIN_PASSWORD);
        waitFor().until(driver -> driver.getCurrentUrl().startsWith(url("/positions")));
        assertThat(text("username")).isEqualTo("admin");
    }

    @Test
    void overviewFollowsAPaperOrderAndThePriceWithoutAReload() {
        open("/");
        waitFor().until(ExpectedConditions.textToBe(By.id("stream"), "live"));
        js("window.sameDocument = true");
        assertThat(text("mode-banner")).startsWith("PAPER TRADING");
        String tradesBefore = text("trades-count");

        DashboardClient program = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);
        assertThat(program.call("POST", "/api/v1/orders", "{\"symbol\":\"NSE:TCS-EQ\",\"side\":\"BUY\",\"quantity\":10,"
                + "\"type\":\"MARKET\",\"product\":\"INTRADAY\"}").statusCode()).isEqualTo(201);
        TRADING.price("NSE:TCS-EQ", "3850.00");

        waitFor().until(ExpectedConditions.textToBe(By.id("unrealised"), "₹500.00"));
        waitFor().until(driver -> !text("trades-count").equals(tradesBefore));
        assertThat(js("return window.sameDocument")).as("the page was not reloaded").isEqualTo(true);
        assertThat(text("unrealised")).isEqualTo("₹500.00");
        assertThat(browser.findElement(By.id("unrealised")).getAttribute("class")).contains("gain");
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#services tr"), 3));
        screenshot("overview");
    }

    @Test
    void showsARiskDenialsRuleAndReasonBesideTheOrderForm() {
        open("/orders");
        WebElement quantity = browser.findElement(By.cssSelector("#order-form [name=quantity]"));
        quantity.clear();
        quantity.sendKeys("1000");
        browser.findElement(By.cssSelector("#order-form button[type=submit]")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("denial")));
        assertThat(text("denial-rule")).isEqualTo("max-order-value");
        assertThat(text("denial-detail")).contains("over the limit");
        screenshot("orders");
    }

    @Test
    void createsADeploymentFromTheCatalogsFormWithItsValidationAndStartsIt() {
        open("/strategies");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.name("param.fast")));
        setValue("param.fast", "1");
        setValue("name", "reliance-trend");
        setValue("instruments", "NSE:RELIANCE-EQ");
        submit("#deployment-form");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-for=fast]"), "at least 2"));

        setValue("param.fast", "40");
        submit("#deployment-form");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("create-problem"), "slow must exceed fast"));

        setValue("param.fast", "5");
        submit("#deployment-form");
        By row = By.cssSelector("[data-deployment='reliance-trend']");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(row));
        click(By.cssSelector("[data-deployment='reliance-trend'] button.primary"));
        waitFor().until(driver -> driver.findElement(By.id("deployments")).getText().contains("RUNNING"));
        click(By.xpath("//button[text()='reliance-trend']"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trips-rows"), "SIGNAL"));
        js("document.getElementById('trips').scrollIntoView({block: 'center'})");
        screenshot("strategies");
    }

    @Test
    void aWebhookDeploymentShowsItsSecretOnceWithTheUrlAndTheAlertMessageToPaste() {
        open("/strategies");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#strategy option[value=webhook]")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("strategy"))).selectByValue("webhook");
        setValue("name", "tradingview");
        setValue("instruments", "NSE:TCS-EQ");
        submit("#deployment-form");

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-secret")));
        String notice = text("webhook-secret");
        assertThat(notice).contains("shown this once", "/api/v1/webhooks/dep-", "-secret");
        assertThat(text("webhook-message")).startsWith("{\"secret\": \"whsec_").contains("{{strategy.order.action}}");
        js("document.getElementById('webhook-secret').scrollIntoView({block: 'center'})");
        screenshot("strategies-webhook");
        open("/strategies");
        waitFor().until(driver -> driver.findElement(By.id("deployments")).getText().contains("tradingview"));
        assertThat(browser.getPageSource()).as("never shown again").doesNotContain("whsec_");
    }

    @Test
    void theChartIsDrawnAgainWhenTheInstrumentsNextMinuteCloses() {
        open("/chart");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), " bars, the last at"));
        int before = Integer.parseInt(text("chart-status").split(" ")[0]);

        TRADING.closeMinute("NSE:RELIANCE-EQ");

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), (before + 1) + " bars"));
    }

    @Test
    void engagesTheKillSwitchAfterAConfirmAndAnAdminReleasesIt() {
        open("/");
        browser.findElement(By.id("kill-engage")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-ok")));
        browser.findElement(By.id("confirm-ok")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("risk-state"), "HALTED"));
        assertThat(text("risk-reason")).contains("manual kill switch");
        screenshot("overview-halted");

        browser.findElement(By.id("kill-release")).click();
        browser.findElement(By.id("confirm-ok")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("risk-state"), "ACTIVE"));
        assertThat(browser.findElement(By.id("kill-release")).isDisplayed()).isFalse();
    }

    @Test
    void runsABacktestAndDrawsItsEquityCurve() {
        open("/backtests");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.name("param.fast")));
        submit("#backtest-form");

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#equity canvas")));
        Number painted = (Number) js("""
                const canvas = document.querySelector('#equity canvas');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
                return painted;""");
        assertThat(painted.longValue()).as("pixels drawn on the equity chart").isGreaterThan(1000);
        assertThat(browser.findElement(By.id("metrics")).getText()).contains("Sharpe", "1.42");
        assertThat(browser.findElement(By.id("trades")).getText()).contains("SIGNAL", "END");
        js("document.getElementById('result').scrollIntoView()");
        screenshot("backtests");

        setValue("slippageBps", "5");
        submit("#backtest-form");
        waitFor().until(driver -> driver.findElements(By.cssSelector("#runs input[type=checkbox]:not([disabled])")).size() >= 2);
        browser.findElements(By.cssSelector("#runs input[type=checkbox]:not([disabled])")).stream().limit(2).forEach(WebElement::click);
        browser.findElement(By.id("compare")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare-chart canvas")));
        assertThat(browser.findElements(By.cssSelector("#compare-table thead th"))).as("metric + two runs").hasSize(3);
        js("document.getElementById('comparison').scrollIntoView()");
        screenshot("backtests-compare");
    }

    @Test
    void sweepsTwoParametersIntoAHeatmapOfTheRankingMetric() {
        open("/backtests");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.name("param.fast")));
        setValue("param.fast", "5..15:5");
        setValue("param.slow", "20..40:10");
        submit("#backtest-form");

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("heatmap")));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#heatmap canvas")));
        assertThat(browser.findElements(By.cssSelector("#trades tr"))).as("every point of the 3 × 3 grid").hasSize(9);
        assertThat(browser.findElement(By.id("trades-title")).getText()).contains("ranked by sharpe");
        js("document.getElementById('heatmap').scrollIntoView({block: 'center'})");
        screenshot("backtests-sweep");
    }

    @Test
    void readsInTheDarkSchemeWhenTheSystemAsksForIt() {
        var cdp = (org.openqa.selenium.chromium.HasCdp) browser;
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open("/");
            assertThat(js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(15, 19, 32)");
            screenshot("overview-dark");
            open("/chart");
            waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
            screenshot("chart-dark");
        } finally {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        }
    }

    @Test
    void positionsFitAPhonesWidthAndClosesOneAfterAConfirm() {
        DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD).call("POST", "/api/v1/orders",
                "{\"symbol\":\"NSE:RELIANCE-EQ\",\"side\":\"BUY\",\"quantity\":2,\"type\":\"MARKET\",\"product\":\"INTRADAY\"}");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/positions");
            By close = By.xpath("//tbody[@id='positions']//button[text()='Close']");
            waitFor().until(ExpectedConditions.presenceOfElementLocated(close));
            assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than the screen").isTrue();
            screenshot("positions-phone");

            int open = browser.findElements(close).size();
            browser.findElement(close).click();
            browser.findElement(By.id("confirm-ok")).click();
            waitFor().until(driver -> driver.findElements(close).size() == open - 1);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void everyOtherPageRendersItsDataWithoutAProblem() {
        for (String page : List.of("positions", "trades", "chart", "risk", "audit", "keys", "users")) {
            open("/" + page);
            waitFor().until(driver -> !driver.findElements(By.cssSelector("tbody tr, #chart canvas")).isEmpty());
            assertThat(text("problem")).as(page + "'s problem line").isEmpty();
            screenshot(page);
        }
    }

    private void open(String path) {
        browser.get(url(path));
        if (browser.getCurrentUrl().endsWith("/login")) {
            submitLogin(ADMIN_PASSWORD);
            waitFor().until(driver -> !driver.getCurrentUrl().contains("/login"));
        }
        waitFor().until(driver -> js("return document.readyState").equals("complete"));
    }

    private void submitLogin(String password) {
        browser.findElement(By.name("username")).clear();
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Clicks once the element is there and stays: a live list may be redrawn under the pointer. */
    private void click(By element) {
        waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(element).click();
            return true;
        });
    }

    private void setValue(String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private void submit(String form) {
        browser.findElement(By.cssSelector(form + " button[type=submit]")).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
