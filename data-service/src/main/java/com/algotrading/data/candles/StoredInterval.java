package com.algotrading.data.candles;

import com.algotrading.common.market.Interval;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.data.web.ProblemType;

/** Which intervals live in the candles table; the rest are derived from 1-minute candles on read. */
final class StoredInterval {

    private StoredInterval() {
    }

    static boolean isStored(Interval interval) {
        return interval == Interval.ONE_MINUTE || interval == Interval.ONE_DAY;
    }

    /** Parses a label, answering 400 with the valid labels when unknown. */
    static Interval parse(String label) {
        try {
            return Interval.parse(label);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.UNKNOWN_INTERVAL, e.getMessage());
        }
    }

    /** An interval candles can be imported at. */
    static Interval parseStored(String label) {
        Interval interval = parse(label);
        if (!isStored(interval)) {
            throw new ApiProblem(ProblemType.UNKNOWN_INTERVAL, "only 1m and 1d candles are stored;"
                    + " " + label + " candles are derived from 1m on read");
        }
        return interval;
    }
}
