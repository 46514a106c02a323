package com.algotrading.trading.market;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Stored candles from the data-service ({@code GET /api/v1/candles}): what a deployment warms its indicators on. */
@Component
public class CandleHistory {

    /** The data-service's candle document; prices in rupees. */
    record CandleBody(OffsetDateTime time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                      long volume) {
    }

    private final RestClient dataService;

    CandleHistory(RestClient dataService) {
        this.dataService = dataService;
    }

    /**
     * Candles starting in [from, to), oldest first.
     *
     * @throws MarketDataUnavailableException when the data-service cannot answer
     */
    public List<Bar> candles(Symbol symbol, Interval interval, Instant from, Instant to) {
        try {
            CandleBody[] candles = dataService.get().uri(uri -> uri.path("/api/v1/candles")
                            .queryParam("exchange", symbol.exchange()).queryParam("symbol", symbol.tradingSymbol())
                            .queryParam("interval", interval.label()).queryParam("from", from.toString())
                            .queryParam("to", to.toString()).build())
                    .retrieve().body(CandleBody[].class);
            return candles == null ? List.of() : java.util.Arrays.stream(candles).map(CandleHistory::bar).toList();
        } catch (RestClientException e) {
            throw new MarketDataUnavailableException("the data-service could not give the candles of " + symbol, e);
        }
    }

    static Bar bar(CandleBody candle) {
        return new Bar(candle.time().toInstant(), paise(candle.open()), paise(candle.high()), paise(candle.low()),
                paise(candle.close()), candle.volume());
    }

    private static long paise(BigDecimal rupees) {
        return rupees.movePointRight(2).longValueExact();
    }
}
