package com.algotrading.data.feed;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.data.feed.simulated.SimulatedFeed;
import com.algotrading.data.feed.simulated.SimulatorProperties;
import com.algotrading.data.instruments.DemoInstruments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Creates the one live feed {@code MARKET_FEED} asks for. */
@Configuration
class FeedConfiguration {

    @Bean
    MarketFeed marketFeed(FeedProperties feed, PlatformSettings settings, SimulatorProperties simulator, Clock clock,
                          NseCalendar calendar) {
        return switch (feed.resolve(settings)) {
            case SIMULATED -> new SimulatedFeed(DemoInstruments.nifty50(), simulator, clock, calendar);
            case NONE -> new NoFeed();
        };
    }

    /** {@code MARKET_FEED=none}: no live ticks. */
    private static final class NoFeed implements MarketFeed {

        @Override
        public List<com.algotrading.common.market.Instrument> instruments() {
            return List.of();
        }

        @Override
        public void start(Consumer<com.algotrading.common.market.Tick> sink) {
            // nothing streams: the service serves stored candles only
        }

        @Override
        public void stop() {
            // nothing was started
        }
    }
}
