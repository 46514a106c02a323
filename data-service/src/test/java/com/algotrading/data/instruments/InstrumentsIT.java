package com.algotrading.data.instruments;

import com.algotrading.data.ApiClient;
import com.algotrading.data.RunningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "MARKET_FEED=none")
class InstrumentsIT extends RunningService {

    ApiClient api;

    @BeforeEach
    void client() {
        api = api();
    }

    @Test
    void servesTheBundledNifty50() {
        HttpResponse<String> reliance = api.get("/api/v1/instruments/NSE/RELIANCE-EQ");

        assertThat(reliance.statusCode()).isEqualTo(200);
        assertThat(reliance.body()).contains("\"symbol\":\"NSE:RELIANCE-EQ\"", "\"token\":\"2885\"",
                "\"lotSize\":1", "\"tickSize\":0.10", "\"type\":\"EQUITY\"");
        assertThat(api.get("/api/v1/instruments?exchange=NSE&limit=500").body().split("\"symbol\"")).hasSize(51);
    }

    @Test
    void searchesBySymbolPrefixOrNameWithTheExactSymbolFirst() {
        String body = api.get("/api/v1/instruments?query=tata&exchange=NSE&limit=10").body();
        assertThat(body).contains("TATASTEEL-EQ", "TATAMOTORS-EQ", "TCS-EQ");

        String exact = api.get("/api/v1/instruments?query=M%26M&limit=1").body();
        assertThat(exact).contains("\"tradingSymbol\":\"M&M-EQ\"");
    }

    @Test
    void answersUnknownSymbolsWith404ProblemAndBadParametersWith400() {
        HttpResponse<String> missing = api.get("/api/v1/instruments/NSE/NOPE-EQ");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("\"type\":\"/problems/unknown-instrument\"");

        HttpResponse<String> badExchange = api.get("/api/v1/instruments?exchange=LSE");
        assertThat(badExchange.statusCode()).isEqualTo(400);
        assertThat(badExchange.body()).contains("/problems/invalid-parameter", "NSE, NFO");
        assertThat(api.get("/api/v1/instruments?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void importsTheInstrumentMasterStrikeAndTickSizeAsPaiseSkippingRowsItCannotRepresent() {
        String master = """
                [{"token":"43256","symbol":"NIFTY28MAR2422000CE","name":"NIFTY","expiry":"28MAR2024",
                  "strike":"2200000.000000","lotsize":"50","instrumenttype":"OPTIDX","exch_seg":"NFO",
                  "tick_size":"5.000000"},
                 {"token":"99926000","symbol":"Nifty 50","name":"NIFTY","expiry":"","strike":"0.000000",
                  "lotsize":"1","instrumenttype":"AMXIDX","exch_seg":"NSE","tick_size":"0.000000"},
                 {"token":"1","symbol":"WEIRD","name":"X","expiry":"","strike":"-1","lotsize":"1",
                  "instrumenttype":"","exch_seg":"nse_cm","tick_size":"5.000000"},
                 {"token":"3045","symbol":"SBIN-EQ","name":"SBIN","expiry":"","strike":"-1.000000","lotsize":"1",
                  "instrumenttype":"","exch_seg":"NSE","tick_size":"5.000000"}]
                """;

        HttpResponse<String> imported = api.post("/api/v1/instruments/import", "application/json", master);

        assertThat(imported.body()).isEqualTo("{\"imported\":2,\"skipped\":2}");
        assertThat(api.get("/api/v1/instruments/NFO/NIFTY28MAR2422000CE").body()).contains(
                "\"strike\":22000.00", "\"expiry\":\"2024-03-28\"", "\"lotSize\":50", "\"type\":\"OPTIDX\"",
                "\"tickSize\":0.05");
    }

    @Test
    void backfillAndArchiveSayWhatIsMissingWhenNotConfigured() {
        HttpResponse<String> archive = api.post("/api/v1/archive/run?date=2025-01-02", "application/json", "");
        assertThat(archive.statusCode()).isEqualTo(503);
        assertThat(archive.body()).contains("/problems/archive-not-configured", "ARCHIVE_S3_BUCKET");

        HttpResponse<String> backfill = api.post("/api/v1/backfill", "application/json", """
                {"exchange":"NSE","symbol":"SBIN-EQ","interval":"1m","from":"2025-01-01T00:00:00+05:30",
                 "to":"2025-01-02T00:00:00+05:30"}""");
        assertThat(backfill.statusCode()).isEqualTo(503);
        assertThat(backfill.body()).contains("/problems/broker-not-configured");
    }
}
