package com.algotrading.data.feed;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.Tick;
import com.algotrading.common.settings.InvalidSettingException;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.data.feed.angelone.AngelOneApi;
import com.algotrading.data.feed.angelone.AngelOneFeed;
import com.algotrading.data.feed.angelone.AngelOneProperties;
import com.algotrading.data.feed.simulated.SimulatedFeed;
import com.algotrading.data.feed.simulated.SimulatorProperties;
import com.algotrading.data.instruments.DemoInstruments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Creates the one live feed {@code MARKET_FEED} asks for. */
@Configuration
class FeedConfiguration {

    @Bean
    MarketFeed marketFeed(FeedProperties feed, PlatformSettings settings, SimulatorProperties simulator,
                          AngelOneProperties angelOne, AngelOneApi api, ObjectMapper json, Clock clock,
                          NseCalendar calendar) {
        FeedKind kind = feed.resolve(settings);
        FeedKind.refuseMadeUpPricesWhenLive(kind.name(), settings.paperTrading());
        return switch (kind) {
            case SIMULATED -> new SimulatedFeed(DemoInstruments.nifty50(), simulator, clock, calendar);
            case ANGELONE -> angelOne(api, angelOne, json, clock, calendar);
            case REPLAY -> new NoTicks(nifty50());
            case NONE -> new NoTicks(List.of());
        };
    }

    private static MarketFeed angelOne(AngelOneApi api, AngelOneProperties properties, ObjectMapper json,
                                       Clock clock, NseCalendar calendar) {
        return new AngelOneFeed(nifty50(), api.client().orElseThrow(() -> new InvalidSettingException(
                "MARKET_FEED", "angelone needs ANGEL_ONE_API_KEY, ANGEL_ONE_CLIENT_ID, ANGEL_ONE_PASSWORD and"
                + " ANGEL_ONE_TOTP_SECRET")), properties, json, clock, calendar);
    }

    private static List<Instrument> nifty50() {
        return DemoInstruments.nifty50().stream().map(DemoInstruments.DemoInstrument::instrument).toList();
    }

    /**
     * No live ticks: {@code none} serves stored candles only; {@code replay} names the instruments whose stored
     * bars are re-published.
     */
    private record NoTicks(List<Instrument> instruments) implements MarketFeed {

        @Override
        public void start(Consumer<Tick> sink) {
            // no ticks arrive on this feed
        }

        @Override
        public void stop() {
            // nothing was started
        }
    }
}
