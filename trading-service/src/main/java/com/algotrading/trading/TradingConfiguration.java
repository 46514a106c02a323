package com.algotrading.trading;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.risk.RiskEngine;
import com.algotrading.common.service.tracing.CurrentTrace;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.InvalidSettingException;
import com.algotrading.common.settings.LiveTradingSettings;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.common.smartapi.SmartApiClient;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.angelone.AngelOneBroker;
import com.algotrading.trading.broker.paper.PaperBooks;
import com.algotrading.trading.broker.paper.PaperBroker;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.market.LastPrices;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/** Wires the plain-Java domain (risk engine, charges, calendar) and picks the broker. */
@Configuration(proxyBeanMethods = false)
class TradingConfiguration {

    @Bean
    TradingSettings tradingSettings(Environment environment, PlatformSettings platform) {
        return TradingSettings.from(environment::getProperty, platform);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RandomGenerator random() {
        return new SecureRandom();
    }

    @Bean
    NseCalendar nseCalendar() {
        return NseCalendar.bundled();
    }

    @Bean
    ChargesModel chargesModel() {
        return ChargesModel.bundled();
    }

    @Bean
    RiskEngine riskEngine(TradingSettings settings) {
        return RiskEngine.standard(settings.priceBandPpm());
    }

    /**
     * The data-service's API, with the service token and short timeouts: an order never waits long on market data.
     * Observed, so each call is a span of the caller's trace and carries its {@code traceparent}.
     */
    @Bean
    RestClient dataService(PlatformSettings settings, ObservationRegistry observations) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        return RestClient.builder().baseUrl(settings.dataServiceUrl().toString()).requestFactory(requests)
                .observationRegistry(observations).defaultHeader("Authorization", "Bearer " + settings.serviceToken().value()).build();
    }

    /**
     * The paper broker by default; with {@code PAPER_TRADING=false} Angel One, on the SmartAPI client with the
     * configured timeout, each call in the trace of the order that made it. Its circuit changes go out as application events ({@code live.BrokerCircuitAlerts}).
     */
    @Bean
    Broker broker(PlatformSettings platform, PaperBooks books, TradingSettings settings, ChargesModel charges,
                  InstrumentDirectory instruments, LastPrices prices, TransactionTemplate transactions, Clock clock,
                  RandomGenerator random, ObjectMapper json, ApplicationEventPublisher events, CurrentTrace trace) {
        if (platform.paperTrading()) {
            return new PaperBroker(books, settings, charges, instruments, prices, transactions, clock, random);
        }
        LiveTradingSettings live = settings.live();
        AngelOneCredentials credentials = platform.angelOne().orElseThrow(() -> new InvalidSettingException(
                "PAPER_TRADING", "is false, which needs the four ANGEL_ONE_* credentials"));
        SmartApiClient api = new SmartApiClient(live.apiUrl(), credentials, json, clock, Sleeper.REAL,
                live.callTimeout(), trace::inject);
        return new AngelOneBroker(api, live, prices::price, json, clock, Sleeper.REAL, events::publishEvent);
    }
}
