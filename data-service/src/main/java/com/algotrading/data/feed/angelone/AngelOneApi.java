package com.algotrading.data.feed.angelone;

import com.algotrading.common.service.tracing.CurrentTrace;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.common.smartapi.SmartApiClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.util.Optional;

/**
 * The service's one SmartAPI client, shared by the live feed and the backfill so that both use one session and
 * one login pace; empty without the four {@code ANGEL_ONE_*} credentials. A call made for a request (a backfill)
 * carries that request's trace.
 */
@Component
public class AngelOneApi implements AutoCloseable {

    private final Optional<SmartApiClient> client;

    AngelOneApi(PlatformSettings settings, AngelOneProperties properties, ObjectMapper json, Clock clock,
                Sleeper sleeper, CurrentTrace trace) {
        this.client = settings.angelOne().map(credentials -> new SmartApiClient(properties.apiUrl(), credentials,
                json, clock, sleeper, SmartApiClient.DEFAULT_TIMEOUT, trace::inject));
    }

    public Optional<SmartApiClient> client() {
        return client;
    }

    @Override
    public void close() {
        client.ifPresent(SmartApiClient::close);
    }
}
