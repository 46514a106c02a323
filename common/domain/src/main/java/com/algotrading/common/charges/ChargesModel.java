package com.algotrading.common.charges;

import com.algotrading.common.market.Prices;
import com.algotrading.common.orders.Side;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Charges of an executed order by segment and trade date, from the dated schedules in {@code nse-charges.csv}
 * (Angel One brokerage, STT, NSE transaction charge, SEBI fee, IPFT, stamp duty, 18% GST on brokerage + exchange +
 * SEBI). A trade date before the earliest schedule uses the earliest schedule: the file does not carry older history.
 */
public final class ChargesModel {

    private static final String RESOURCE = "nse-charges.csv";

    private final Map<Segment, List<ChargeRates>> schedules;

    private ChargesModel(Map<Segment, List<ChargeRates>> schedules) {
        this.schedules = schedules;
    }

    /** The schedules bundled with the platform. */
    public static ChargesModel bundled() {
        try (InputStream in = ChargesModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing charges file " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChargesModel parse(List<String> lines) {
        Map<Segment, List<ChargeRates>> schedules = new EnumMap<>(Segment.class);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            ChargeRates rates = rates(line.split(",", -1));
            schedules.computeIfAbsent(rates.segment(), s -> new ArrayList<>()).add(rates);
        }
        schedules.values().forEach(list -> list.sort(Comparator.comparing(ChargeRates::effectiveFrom).reversed()));
        return new ChargesModel(schedules);
    }

    /** The charges of one executed order of {@code quantity} at {@code price} paise on {@code tradeDate} (IST). */
    public Charges charges(Segment segment, Side side, long quantity, long price, LocalDate tradeDate) {
        return ratesOn(segment, tradeDate).on(side, Math.multiplyExact(quantity, price));
    }

    private ChargeRates ratesOn(Segment segment, LocalDate date) {
        List<ChargeRates> dated = schedules.get(segment);
        if (dated == null) {
            throw new IllegalStateException("no charge rates for " + segment);
        }
        return dated.stream().filter(r -> !r.effectiveFrom().isAfter(date)).findFirst().orElse(dated.getLast());
    }

    private static ChargeRates rates(String[] f) {
        return new ChargeRates(Segment.valueOf(f[0].trim()), LocalDate.parse(f[1].trim()),
                f[2].isBlank() ? null : rate(f[2]), Prices.parseRupees(f[3]), Prices.parseRupees(f[4]), rate(f[5]),
                rate(f[6]), rate(f[7]), rate(f[8]), rate(f[9]), rate(f[10]), rate(f[11]));
    }

    private static Rate rate(String text) {
        return Rate.of(new BigDecimal(text.trim()));
    }
}
