package com.algotrading.trading.live;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.TradingServiceApplication;
import com.algotrading.trading.market.AlwaysOpenMarket;
import com.algotrading.trading.market.MarketClock;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The trading-service as its own process for a live-mode test at any hour: the application as packaged, with the
 * market open (live mode keeps the exchange's hours, and the process cannot be handed a test's bean otherwise).
 * Registered by hand, not as a configuration class, so the in-process tests' component scan never finds it.
 */
public final class AlwaysOpenLiveService {

    private AlwaysOpenLiveService() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TradingServiceApplication.class);
        application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("alwaysOpenMarket",
                MarketClock.class, () -> new AlwaysOpenMarket(context.getBean(NseCalendar.class),
                        context.getBean(TradingSettings.class), context.getBean(PlatformSettings.class)),
                definition -> definition.setPrimary(true)));
        application.run(args);
    }
}
