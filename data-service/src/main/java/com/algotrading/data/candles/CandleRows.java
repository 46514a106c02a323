package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.data.instruments.StoredInstrument;
import com.algotrading.data.web.ProblemType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads candles of any interval: stored ones directly, derived ones folded from stored minutes. */
@Repository
public class CandleRows {

    private static final String SELECT = "SELECT time, open, high, low, close, volume FROM candles"
            + " WHERE instrument_id = ? AND interval = ? AND time >= ? AND time < ? ORDER BY time";

    private final JdbcTemplate jdbc;

    CandleRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Bars starting in [from, to), oldest first.
     *
     * @throws ApiProblem ({@link ProblemType#RANGE_TOO_LARGE}) when there would be more than maxRows
     */
    public List<Bar> read(StoredInstrument instrument, Interval interval, Instant from, Instant to, int maxRows) {
        List<Bar> bars = new ArrayList<>();
        Consumer<Bar> limited = bar -> {
            if (bars.size() == maxRows) {
                throw new ApiProblem(ProblemType.RANGE_TOO_LARGE, "more than " + maxRows + " "
                        + interval.label() + " candles in the range; ask for a shorter range or a longer interval");
            }
            bars.add(bar);
        };
        if (StoredInterval.isStored(interval)) {
            stream(instrument, interval, from, to, limited);
        } else {
            SessionAlignedBars derived = new SessionAlignedBars(interval, limited);
            stream(instrument, Interval.ONE_MINUTE, from, to, derived::accept);
            derived.finish();
        }
        return bars;
    }

    private void stream(StoredInstrument instrument, Interval stored, Instant from, Instant to, Consumer<Bar> sink) {
        jdbc.query(SELECT, (ResultSet row) -> {
            sink.accept(bar(row));
        }, instrument.id(), stored.label(), Timestamp.from(from), Timestamp.from(to));
    }

    static Bar bar(ResultSet row) throws SQLException {
        return new Bar(row.getTimestamp(1).toInstant(), row.getLong(2), row.getLong(3), row.getLong(4),
                row.getLong(5), row.getLong(6));
    }
}
