package com.algotrading.trading;

import com.algotrading.common.service.PlatformApplication;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.StartupCheck;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.cli.TradingCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Strategy runner, order management, risk and broker adapters (paper, Angel One). */
@SpringBootApplication
public class TradingServiceApplication {

    public static void main(String[] args) {
        // The jar doubles as a command-line tool: those commands need neither Spring nor the platform settings. On JDK
        // 22 and later System.console() may exist without a terminal, hence isTerminal().
        boolean terminal = System.console() != null && System.console().isTerminal();
        if (!TradingCli.startsService(args, terminal)) {
            System.exit(TradingCli.run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
        }
        Map<String, String> environment = System.getenv();
        PlatformSettings platform = StartupCheck.settingsOrExit(environment, true);
        // Live mode refuses to start on anything that could trade real money wrongly (LiveTradingSettings).
        StartupCheck.orExit(() -> TradingSettings.from(environment::get, platform));
        PlatformApplication.run(TradingServiceApplication.class, args, true);
    }
}
