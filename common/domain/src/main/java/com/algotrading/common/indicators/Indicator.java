package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

import java.util.List;

/**
 * A technical indicator fed one closed bar at a time, in time order. Before its warm-up ends {@link #isReady()} is
 * false and every output is {@code NaN}.
 */
public interface Indicator {

    void update(Bar bar);

    boolean isReady();

    /** The main output ({@code NaN} during warm-up). */
    double value();

    /** Output names for multi-output indicators ({@code macd, signal, histogram}); one empty name otherwise. */
    default List<String> outputNames() {
        return List.of("");
    }

    /** The output at this position of {@link #outputNames()}. */
    default double output(int index) {
        return value();
    }

    /** Prices enter indicators as rupees: the same conversion everywhere keeps them comparable to TA-Lib. */
    static double rupees(long paise) {
        return paise / 100.0;
    }
}
