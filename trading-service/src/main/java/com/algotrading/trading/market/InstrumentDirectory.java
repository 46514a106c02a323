package com.algotrading.trading.market;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.InstrumentType;
import com.algotrading.common.market.Symbol;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instruments (lot size, tick size, token) as the data-service knows them, asked once per instrument and kept: they
 * change with the instrument master, not during a session.
 */
@Component
public class InstrumentDirectory {

    /** The data-service's instrument document. */
    record InstrumentBody(String exchange, String token, String tradingSymbol, String name, String type, int lotSize,
                          BigDecimal tickSize, LocalDate expiry, BigDecimal strike) {
    }

    private final RestClient dataService;
    private final Map<Symbol, Instrument> known = new ConcurrentHashMap<>();

    InstrumentDirectory(RestClient dataService) {
        this.dataService = dataService;
    }

    /**
     * @throws UnknownInstrumentException   when the data-service does not list it
     * @throws MarketDataUnavailableException when the data-service cannot be asked
     */
    public Instrument require(Symbol symbol) {
        Instrument cached = known.get(symbol);
        if (cached != null) {
            return cached;
        }
        Instrument fetched = fetch(symbol);
        known.put(symbol, fetched);
        return fetched;
    }

    private Instrument fetch(Symbol symbol) {
        InstrumentBody body;
        try {
            body = dataService.get().uri("/api/v1/instruments/{exchange}/{symbol}", symbol.exchange(), symbol.tradingSymbol())
                    .retrieve().body(InstrumentBody.class);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw new UnknownInstrumentException(symbol);
            }
            throw new MarketDataUnavailableException("the data-service refused the instrument lookup of " + symbol
                    + " (" + e.getStatusCode().value() + ")", e);
        } catch (ResourceAccessException e) {
            throw new MarketDataUnavailableException("the data-service is unreachable", e);
        } catch (RestClientException e) {
            throw new MarketDataUnavailableException("the data-service answered the instrument lookup of " + symbol
                    + " with an error", e);
        }
        if (body == null) {
            throw new MarketDataUnavailableException("the data-service answered the instrument lookup of " + symbol
                    + " with nothing", null);
        }
        return new Instrument(Exchange.valueOf(body.exchange()), new InstrumentToken(body.token()), body.tradingSymbol(),
                body.name(), InstrumentType.valueOf(body.type()), body.lotSize(), paise(body.tickSize()),
                Optional.ofNullable(body.expiry()), Optional.ofNullable(body.strike()).map(InstrumentDirectory::paise));
    }

    private static long paise(BigDecimal rupees) {
        return rupees.movePointRight(2).longValueExact();
    }
}
