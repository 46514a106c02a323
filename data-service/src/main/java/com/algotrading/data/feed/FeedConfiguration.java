package com.algotrading.data.feed;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.Tick;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.InvalidSettingException;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.data.feed.angelone.AngelOneFeed;
import com.algotrading.data.feed.angelone.AngelOneProperties;
import com.algotrading.data.feed.angelone.SmartApiClient;
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
                          AngelOneProperties angelOne, ObjectMapper json, Clock clock, NseCalendar calendar) {
        return switch (feed.resolve(settings)) {
            case SIMULATED -> new SimulatedFeed(DemoInstruments.nifty50(), simulator, clock, calendar);
            case ANGELONE -> angelOne(settings, angelOne, json, clock, calendar);
            case NONE -> new NoFeed();
        };
    }

    private static MarketFeed angelOne(PlatformSettings settings, AngelOneProperties properties, ObjectMapper json,
                                       Clock clock, NseCalendar calendar) {
        AngelOneCredentials credentials = settings.angelOne().orElseThrow(() -> new InvalidSettingException(
                "MARKET_FEED", "angelone needs ANGEL_ONE_API_KEY, ANGEL_ONE_CLIENT_ID, ANGEL_ONE_PASSWORD and"
                + " ANGEL_ONE_TOTP_SECRET"));
        List<Instrument> nifty50 = DemoInstruments.nifty50().stream().map(DemoInstruments.DemoInstrument::instrument)
                .toList();
        return new AngelOneFeed(nifty50, new SmartApiClient(properties.apiUrl(), credentials, json, clock),
                credentials, properties, json, clock, calendar);
    }

    /** {@code MARKET_FEED=none}: no live ticks. */
    private static final class NoFeed implements MarketFeed {

        @Override
        public List<Instrument> instruments() {
            return List.of();
        }

        @Override
        public void start(Consumer<Tick> sink) {
            // nothing streams: the service serves stored candles only
        }

        @Override
        public void stop() {
            // nothing was started
        }
    }
}
