package com.algotrading.data;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.service.PlatformApplication;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.StartupCheck;
import com.algotrading.data.feed.FeedKind;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.data.cli.ImportCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * Instruments, candles, live ticks to bars, bar streaming. Run with {@code import ...} as the first argument it is
 * the candle import command instead of the service (see {@link ImportCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DataServiceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(args, System.out, System.err));
        }
        PlatformSettings platform = StartupCheck.settingsOrExit(System.getenv(), true);
        StartupCheck.orExit(() -> {
            FeedKind.refuseMadeUpPricesWhenLive(System.getenv("MARKET_FEED"), platform.paperTrading());
            return platform;
        });
        PlatformApplication.run(DataServiceApplication.class, args, true);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** How paced work (broker requests) waits; tests pass a fake clock's, which moves time on instead. */
    @Bean
    Sleeper sleeper() {
        return Sleeper.REAL;
    }

    @Bean
    NseCalendar nseCalendar() {
        return NseCalendar.bundled();
    }
}
