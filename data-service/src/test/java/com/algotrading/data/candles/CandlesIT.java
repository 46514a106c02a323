package com.algotrading.data.candles;

import com.algotrading.data.ApiClient;
import com.algotrading.data.RunningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test uses its own NIFTY 50 symbol so they share one database without interfering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MARKET_FEED=none", "CANDLES_MAX_ROWS=500"})
class CandlesIT extends RunningService {

    private static final String HEADER = "timestamp,open,high,low,close,volume\n";

    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = api();
    }

    @Test
    void importsGoodRowsAndReadsThemBackAsJsonAndCsv() {
        String csv = HEADER + "2025-01-02T09:15:00+05:30,1500.10,1502.00,1499.00,1501.00,1000\n"
                + "2025-01-02T09:16:00+05:30,1501.00,1503.50,1500.50,1503.00,800\n";

        HttpResponse<String> imported = importCsv("RELIANCE-EQ", "1m", csv, false);

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"inserted\":2", "\"updated\":0", "\"badRowCount\":0");
        assertThat(candles("RELIANCE-EQ", "1m", "json").body()).isEqualTo("[{\"time\":\"2025-01-02T09:15:00+05:30\","
                + "\"open\":1500.10,\"high\":1502.00,\"low\":1499.00,\"close\":1501.00,\"volume\":1000},"
                + "{\"time\":\"2025-01-02T09:16:00+05:30\",\"open\":1501.00,\"high\":1503.50,\"low\":1500.50,"
                + "\"close\":1503.00,\"volume\":800}]");
        HttpResponse<String> asCsv = candles("RELIANCE-EQ", "1m", "csv");
        assertThat(asCsv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(asCsv.body()).isEqualTo(HEADER + "2025-01-02T09:15:00+05:30,1500.10,1502.00,1499.00,1501.00,1000\n"
                + "2025-01-02T09:16:00+05:30,1501.00,1503.50,1500.50,1503.00,800\n");
    }

    @Test
    void reimportingUpdatesInsteadOfDuplicating() {
        String first = HEADER + "2025-01-02T09:15:00+05:30,100,101,99,100,10\n";
        String second = HEADER + "2025-01-02T09:15:00+05:30,100,105,99,104,20\n"
                + "2025-01-02T09:16:00+05:30,104,104,103,103,5\n";

        importCsv("TCS-EQ", "1m", first, false);
        HttpResponse<String> again = importCsv("TCS-EQ", "1m", second, false);

        assertThat(again.body()).contains("\"inserted\":1", "\"updated\":1");
        assertThat(candles("TCS-EQ", "1m", "csv").body()).isEqualTo(HEADER
                + "2025-01-02T09:15:00+05:30,100.00,105.00,99.00,104.00,20\n"
                + "2025-01-02T09:16:00+05:30,104.00,104.00,103.00,103.00,5\n");
    }

    /** The stored row is the file's last: the body (far larger than any read buffer) must be read again in full. */
    @Test
    void reimportingALargeFileWhoseLastRowIsStoredUpdatesItAndInsertsTheRest() {
        String last = "2025-01-06T15:29:00+05:30";
        importCsv("AXISBANK-EQ", "1m", HEADER + last + ",100,101,99,100,10\n", false);
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime minute = LocalDateTime.of(2025, 1, 2, 9, 15);
        int rows = 0;
        for (; !minute.equals(LocalDateTime.of(2025, 1, 6, 15, 29)); minute = minute.plusMinutes(1), rows++) {
            csv.append(minute).append(",200,201,199,200,5\n");
        }
        csv.append(last).append(",300,301,299,300,7\n");

        HttpResponse<String> imported = importCsv("AXISBANK-EQ", "1m", csv.toString(), false);

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"inserted\":" + rows, "\"updated\":1");
        assertThat(storedRows("AXISBANK-EQ")).isEqualTo(rows + 1);
        assertThat(jdbc.queryForObject("SELECT close FROM candles c JOIN instruments i ON i.id = c.instrument_id"
                + " WHERE i.trading_symbol = 'AXISBANK-EQ' AND c.time = ?::timestamptz", Long.class, last))
                .isEqualTo(30_000L);
    }

    @Test
    void aBadRowRejectsTheWholeFileListingEveryBadLine() {
        String csv = HEADER + "2025-01-02T09:15:00+05:30,100,101,99,100,10\n"
                + "2025-01-02T09:16:00+05:30,100,99,101,100,10\n"
                + "2025-01-02T09:17:00+05:30,100,101,99,100,-3\n"
                + "2025-01-02T09:15:00+05:30,100,101,99,100,10\n"
                + "2025-01-02T09:18:00+05:30,100.05,101,99,100,10\n"
                + "not a row\n";

        HttpResponse<String> rejected = importCsv("INFY-EQ", "1m", csv, false);

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(rejected.body()).contains("\"type\":\"/problems/invalid-candles\"", "\"badRowCount\":5",
                "{\"line\":3,\"reason\":\"high 99 is below low 101\"}",
                "{\"line\":4,\"reason\":\"volume must not be negative, was -3\"}",
                "{\"line\":5,\"reason\":\"duplicate timestamp: line 2 has the same one\"}",
                "{\"line\":6,\"reason\":\"open 100.05 is off the tick size of 0.10\"}",
                "\"line\":7");
        assertThat(storedRows("INFY-EQ")).isZero();
    }

    @Test
    void skippingBadRowsWritesTheGoodOnesAndListsTheBadOnes() {
        String csv = HEADER + "2025-01-02T09:15:00+05:30,100,101,99,100,10\n"
                + "2025-01-02T09:16:00+05:30,100,99,101,100,10\n"
                + "2025-01-02T09:17:00+05:30,100,101,99,100,10\n"
                + "2025-01-02T09:15:00+05:30,100,101,99,100,10\n";

        HttpResponse<String> imported = importCsv("HDFCBANK-EQ", "1m", csv, true);

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"inserted\":2", "\"badRowCount\":2", "\"line\":3", "\"line\":5");
        assertThat(storedRows("HDFCBANK-EQ")).isEqualTo(2);
    }

    /** {@code df.to_csv()} of a tz-aware pandas frame, saved as Excel's "CSV UTF-8", newest row first. */
    @Test
    void importsPandasShapedFilesNewestFirstWithWholeVolumesWrittenAsFloats() {
        String csv = "\uFEFF" + HEADER + "2025-01-02 09:17:00+05:30,101.50,102,101,102,1200.0\n"
                + "2025-01-02 09:16:00+05:30,100.50,101.50,100,101,800.0\n"
                + "2025-01-02 09:15:00+05:30,100,101,99,100.50,1000.0\n";

        HttpResponse<String> imported = importCsv("BHARTIARTL-EQ", "1m", csv, false);

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"inserted\":3", "\"badRowCount\":0");
        assertThat(candles("BHARTIARTL-EQ", "1m", "csv").body()).isEqualTo(HEADER
                + "2025-01-02T09:15:00+05:30,100.00,101.00,99.00,100.50,1000\n"
                + "2025-01-02T09:16:00+05:30,100.50,101.50,100.00,101.00,800\n"
                + "2025-01-02T09:17:00+05:30,101.50,102.00,101.00,102.00,1200\n");
        assertThat(importCsv("BHARTIARTL-EQ", "1m", HEADER + "2025-01-02 09:18:00+05:30,100,101,99,100,7.5\n", false)
                .body()).contains("{\"line\":2,\"reason\":\"volume \\\"7.5\\\" is not a whole number: volumes are whole"
                + " shares or units\"}");
    }

    /** A daily candle is its trading date: a bare date and midnight IST are the same candle, answered at midnight. */
    @Test
    void aDailyCandleIsItsTradingDate() {
        importCsv("MARUTI-EQ", "1d", HEADER + "2025-01-02,100,101,99,100,10\n", false);
        HttpResponse<String> again = importCsv("MARUTI-EQ", "1d", HEADER + "2025-01-02T00:00:00+05:30,100,102,99,101,20\n",
                false);

        assertThat(again.body()).contains("\"inserted\":0", "\"updated\":1");
        assertThat(api.get("/api/v1/candles?exchange=NSE&symbol=MARUTI-EQ&interval=1d&from=2025-01-02&to=2025-01-03&format=csv")
                .body()).isEqualTo(HEADER + "2025-01-02T00:00:00+05:30,100.00,102.00,99.00,101.00,20\n");
        assertThat(importCsv("MARUTI-EQ", "1d", HEADER + "2025-01-03T09:15:00+05:30,100,101,99,100,10\n", false).body())
                .contains("a daily candle's timestamp must be midnight IST", "was 2025-01-03T09:15:00+05:30");
    }

    @Test
    void derivesFiveMinuteAndHourlyBarsAlignedToTheSessionOpen() {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime minute = LocalDateTime.of(2025, 1, 2, 9, 15);
        for (int i = 0; i < 375; i++, minute = minute.plusMinutes(1)) {
            long price = 1000 + i;
            csv.append(minute.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append(',').append(price).append(',')
                    .append(price + 1).append(',').append(price - 1).append(',').append(price).append(",10\n");
        }
        importCsv("ITC-EQ", "1m", csv.toString(), false);

        String fiveMinutes = candles("ITC-EQ", "5m", "csv").body();
        assertThat(fiveMinutes.lines().skip(1).limit(2)).containsExactly(
                "2025-01-02T09:15:00+05:30,1000.00,1005.00,999.00,1004.00,50",
                "2025-01-02T09:20:00+05:30,1005.00,1010.00,1004.00,1009.00,50");
        assertThat(fiveMinutes.lines().count()).isEqualTo(1 + 75);
        assertThat(candles("ITC-EQ", "1h", "csv").body().lines().skip(1).map(line -> line.substring(11, 16)))
                .containsExactly("09:15", "10:15", "11:15", "12:15", "13:15", "14:15", "15:15");
        assertThat(candles("ITC-EQ", "1h", "csv").body()).endsWith("1360.00,1375.00,1359.00,1374.00,150\n");
    }

    @Test
    void answersBadQueriesWithProblems() {
        assertProblem(api.get("/api/v1/candles?exchange=NSE&symbol=NOPE-EQ&interval=1m&from=2025-01-02&to=2025-01-03"),
                404, "/problems/unknown-instrument");
        assertProblem(api.get("/api/v1/candles?exchange=NSE&symbol=SBIN-EQ&interval=2m&from=2025-01-02&to=2025-01-03"),
                400, "/problems/unknown-interval").contains("1m, 3m, 5m, 10m, 15m, 30m, 1h, 1d");
        assertProblem(api.get("/api/v1/candles?exchange=NSE&symbol=SBIN-EQ&interval=1m&from=2025-01-03&to=2025-01-02"),
                400, "/problems/invalid-range");
        assertProblem(api.get("/api/v1/candles?exchange=NSE&symbol=SBIN-EQ&interval=1m&from=yesterday&to=2025-01-02"),
                400, "/problems/invalid-parameter");
        assertProblem(importCsv("SBIN-EQ", "5m", HEADER, false), 400, "/problems/unknown-interval");
    }

    @Test
    void refusesARangeOverTheRowLimit() {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime minute = LocalDateTime.of(2025, 1, 3, 9, 15);
        for (int i = 0; i < 501; i++, minute = minute.plusMinutes(1)) {
            csv.append(minute).append(",10,10,10,10,1\n");
        }
        importCsv("WIPRO-EQ", "1m", csv.toString(), false);

        assertProblem(api.get("/api/v1/candles?exchange=NSE&symbol=WIPRO-EQ&interval=1m&from=2025-01-03&to=2025-01-05"),
                400, "/problems/range-too-large").contains("more than 500");
        assertThat(api.get("/api/v1/candles?exchange=NSE&symbol=WIPRO-EQ&interval=5m&from=2025-01-03&to=2025-01-05")
                .statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> importCsv(String symbol, String interval, String csv, boolean skipBadRows) {
        return api.post("/api/v1/candles/import?exchange=NSE&symbol=" + symbol + "&interval=" + interval
                + (skipBadRows ? "&skipBadRows=true" : ""), "text/csv", csv);
    }

    private HttpResponse<String> candles(String symbol, String interval, String format) {
        return api.get("/api/v1/candles?exchange=NSE&symbol=" + symbol + "&interval=" + interval
                + "&from=2025-01-02T09:15:00%2B05:30&to=2025-01-03&format=" + format);
    }

    private int storedRows(String symbol) {
        return jdbc.queryForObject("SELECT count(*) FROM candles c JOIN instruments i ON i.id = c.instrument_id"
                + " WHERE i.trading_symbol = ?", Integer.class, symbol);
    }
}
