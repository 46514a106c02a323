package com.algotrading.data;

import com.algotrading.common.fuzz.ApiFuzz;
import com.algotrading.common.fuzz.FuzzReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input as a new user sends it. First a thousand slips over every endpoint: no server error (but the documented
 * "not configured here" 503s), every client error a problem detail. Then the cases that fuzzing found answered with a
 * 500 or Spring's default error JSON, each now a typed problem. The instrument master URL points at a closed loopback
 * port, so an import without a body fails to download without leaving the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MARKET_FEED=none", "ANGEL_ONE_SCRIP_MASTER_URL=http://127.0.0.1:1/master.json"})
class BadInputIT extends RunningService {

    private static final int FUZZ_CASES = 1000;
    private static final String BACKFILL = "{\"exchange\":\"NSE\",\"symbol\":\"TCS-EQ\",\"interval\":\"1m\","
            + "\"from\":\"2025-01-02T09:15:00+05:30\",\"to\":\"2025-01-03T09:15:00+05:30\"}";

    @Autowired
    ApplicationContext context;

    @Test
    void aThousandSlipsOverEveryEndpointGetNoServerErrorAndOnlyProblemDetails() {
        String[] symbols = {"RELIANCE-EQ", "TCS-EQ", "", " ", "reliance-eq", "NOPE-EQ", "NSE:RELIANCE-EQ", "A:B"};
        FuzzReport report = ApiFuzz.of(context)
                .samples("symbol", symbols).samples("tradingSymbol", symbols)
                .samples("symbols", "NSE:RELIANCE-EQ", "NSE:RELIANCE-EQ,NSE:TCS-EQ", "RELIANCE-EQ", "NSE:NOPE-EQ", ",",
                        "BSE:RELIANCE-EQ", "")
                .samples("interval", "1m", "1d", "5m", "1h", "2m", "1M", "", "daily")
                .samples("from", "2025-01-02", "2025-01-02T09:15:00+05:30", "2025-01-04", "2025-13-01", "yesterday",
                        "2025-01-02T09:15:00", "")
                .samples("to", "2025-01-03", "2025-01-03T15:30:00+05:30", "2025-01-01", "3/1/2025", "")
                .samples("date", "2025-01-02", "2025-02-30", "today", "")
                .samples("format", "json", "csv", "xml", "JSON", "")
                .samples("query", "REL", "", "%", "_", "tata motors")
                .bodies("text/csv", MINUTES_OF_TWO_DAYS,
                        "timestamp,open,high,low,close,volume\n2025-01-02T09:15:00+05:30,100,101,99,100,1200.0\n",
                        "\uFEFFtimestamp,open,high,low,close,volume\n2025-01-02,100,101,99,100,10\n",
                        "timestamp;open;high;low;close;volume\n2025-01-02T09:15:00+05:30;100;101;99;100;10\n",
                        "time,o,h,l,c,v\n", "", "timestamp,open,high,low,close,volume\n\n\n,,,,,\n")
                .unavailable("/problems/broker-not-configured", "/problems/archive-not-configured",
                        "/problems/unavailable")
                .run(20261201L, FUZZ_CASES);

        assertThat(report.sent()).isEqualTo(FUZZ_CASES);
        assertThat(report.endpoints()).contains("/api/v1/candles", "/api/v1/candles/import", "/api/v1/backfill",
                "/api/v1/backfill/{id}", "/api/v1/instruments/{exchange}/{tradingSymbol}", "/api/v1/stream/bars");
        assertThat(report.answered(200, 300)).isPositive();
        assertThat(report.answered(400, 500)).isPositive();
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }

    @Test
    void aBlankOrExchangeQualifiedSymbolIsAnInvalidParameter() {
        assertProblem(api().post("/api/v1/candles/import?exchange=NSE&symbol=&interval=1m", "text/csv",
                MINUTES_OF_TWO_DAYS), 400, "/problems/invalid-parameter").contains("symbol must be a trading symbol");
        assertProblem(api().get("/api/v1/candles?exchange=NSE&symbol=NSE:TCS-EQ&interval=1m&from=2025-01-02"
                + "&to=2025-01-03"), 400, "/problems/invalid-parameter");
        assertProblem(api().get("/api/v1/instruments/NSE/%20"), 400, "/problems/invalid-parameter");
        assertProblem(api().post("/api/v1/backfill", "application/json", BACKFILL.replace("TCS-EQ", " ")), 400,
                "/problems/invalid-parameter");
    }

    @Test
    void aBackfillBodyOfAnotherMediaTypeIsUnsupported() {
        assertProblem(api().post("/api/v1/backfill", "text/plain", BACKFILL), 415, "/problems/unsupported-media-type")
                .contains("application/json");
    }

    @Test
    void aMalformedBackfillBodyIsAnInvalidRequestThatSaysWhere() {
        assertProblem(api().post("/api/v1/backfill", "application/json", BACKFILL.substring(0, 30)), 400,
                "/problems/invalid-request").contains("not valid JSON");
        assertProblem(api().post("/api/v1/backfill", "application/json", BACKFILL.replace("NSE", "NSX")), 400,
                "/problems/invalid-request").contains("field 'exchange'");
    }

    @Test
    void anInstrumentMasterThatIsNotJsonIsAnInvalidRequest() {
        assertProblem(api().post("/api/v1/instruments/import", "application/json", "[{\"token\":"), 400,
                "/problems/invalid-request").contains("not Angel One's instrument master");
    }

    @Test
    void anInstrumentMasterThatCannotBeDownloadedIsUnavailable() {
        HttpResponse<String> download = api().send(api().request("/api/v1/instruments/import")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertProblem(download, 503, "/problems/unavailable").contains("send the file as the body")
                .doesNotContain("127.0.0.1", "Exception");
    }

    @Test
    void aPathNoEndpointHasIsNotFound() {
        assertProblem(api().get("/api/v1/candle"), 404, "/problems/not-found");
    }
}
