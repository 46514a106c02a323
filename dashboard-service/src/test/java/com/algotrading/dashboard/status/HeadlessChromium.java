package com.algotrading.dashboard.status;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium and ChromeDriver ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs
 * them), driven by Selenium. The paths are given explicitly because Selenium Manager would try to download a
 * driver. Background networking is off so the browser talks to nothing but the page under test on loopback.
 */
public final class HeadlessChromium {

    private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    public static WebDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String message = "browser tests need Chromium at " + BROWSER + " and ChromeDriver at " + DRIVER
                    + ": apt-get install chromium chromium-driver (or set -Dchromium.binary/-Dchromium.driver)";
            // As with the deployment checks' tools: skipped on a laptop without them, a failure in CI.
            assertThat(System.getenv("CI")).as(message).isNotEqualTo("true");
            assumeTrue(false, message);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-default-apps", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
