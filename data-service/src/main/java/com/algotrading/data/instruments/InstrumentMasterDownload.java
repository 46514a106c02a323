package com.algotrading.data.instruments;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Opens Angel One's published instrument master (no authentication) as a stream. */
@Component
class InstrumentMasterDownload {

    private final InstrumentsProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    InstrumentMasterDownload(InstrumentsProperties properties) {
        this.properties = properties;
    }

    /** @throws IOException when the master cannot be fetched: unreachable, or an answer other than 200 */
    InputStream open() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(properties.masterUrl()).timeout(Duration.ofMinutes(2)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("instrument master download from " + properties.masterUrl()
                        + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while downloading the instrument master");
        }
    }
}
