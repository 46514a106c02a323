package com.algotrading.trading;

import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.StartupCheck;
import com.algotrading.trading.cli.TradingCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Strategy runner, order management, risk and broker adapters (paper, Angel One). */
@SpringBootApplication
public class TradingServiceApplication {

    public static void main(String[] args) {
        // The jar doubles as a command-line tool: those commands need neither Spring nor the platform settings.
        if (TradingCli.handles(args)) {
            System.exit(TradingCli.run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
        }
        PlatformSettings settings = StartupCheck.settingsOrExit(System.getenv(), true);
        SpringApplication application = new SpringApplication(TradingServiceApplication.class);
        application.setAdditionalProfiles(settings.environment().profile());
        application.run(args);
    }

    /** Read from Spring's environment so tests can set the same variables as properties. */
    @Bean
    PlatformSettings platformSettings(Environment environment) {
        return PlatformSettings.from(environment::getProperty);
    }
}
