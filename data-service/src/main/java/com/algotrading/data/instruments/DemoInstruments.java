package com.algotrading.data.instruments;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.InstrumentType;
import com.algotrading.common.market.Prices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The bundled demo set: the NIFTY 50 stocks on NSE with their Angel One tokens, lot size, tick size and a
 * reference price the simulator starts from. Tokens are as Angel One's master lists them; the master import
 * ({@link InstrumentMasterImport}) is the source of truth and overwrites them by (exchange, token).
 */
public final class DemoInstruments {

    private static final String RESOURCE = "nifty50.csv";

    /** A demo instrument and the price (paise) a simulation of it starts from. */
    public record DemoInstrument(Instrument instrument, long referencePrice) {
    }

    private DemoInstruments() {
    }

    public static List<DemoInstrument> nifty50() {
        try (InputStream in = DemoInstruments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(DemoInstruments::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoInstrument parse(String line) {
        String[] cells = line.split(",");
        Instrument instrument = new Instrument(Exchange.NSE, new InstrumentToken(cells[0]), cells[1], cells[2],
                InstrumentType.EQUITY, Integer.parseInt(cells[3]), Long.parseLong(cells[4]), Optional.empty(),
                Optional.empty());
        return new DemoInstrument(instrument, Prices.parseRupees(cells[5]));
    }
}
