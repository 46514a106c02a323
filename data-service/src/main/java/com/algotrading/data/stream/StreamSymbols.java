package com.algotrading.data.stream;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.Symbol;
import com.algotrading.data.feed.MarketFeed;
import com.algotrading.data.instruments.Instruments;
import com.algotrading.data.instruments.UnknownInstrumentException;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The instruments a stream request asks for, so every stream accepts and refuses the same {@code symbols}. */
@Component
class StreamSymbols {

    private final Instruments instruments;
    private final MarketFeed feed;

    StreamSymbols(Instruments instruments, MarketFeed feed) {
        this.instruments = instruments;
        this.feed = feed;
    }

    /**
     * The ids of the comma-separated symbols ({@code NSE:RELIANCE-EQ,NSE:TCS-EQ}); without any, every instrument of
     * the live feed.
     *
     * @throws InvalidSymbolException     when a symbol is not {@code EXCHANGE:SYMBOL}
     * @throws UnknownInstrumentException when no instrument has one of the symbols
     */
    Set<Integer> instrumentIds(String symbols) {
        List<Symbol> wanted = symbols == null || symbols.isBlank()
                ? feed.instruments().stream().map(Instrument::symbol).toList()
                : Arrays.stream(symbols.split(",")).map(String::strip).map(StreamSymbols::symbol).toList();
        return wanted.stream().map(symbol -> instruments.require(symbol).id()).collect(Collectors.toUnmodifiableSet());
    }

    private static Symbol symbol(String text) {
        try {
            return Symbol.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSymbolException(e.getMessage(), e);
        }
    }
}
