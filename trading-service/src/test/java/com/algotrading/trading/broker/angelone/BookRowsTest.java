package com.algotrading.trading.broker.angelone;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.trading.broker.BrokerFill;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;
import com.algotrading.trading.broker.BrokerPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Angel One's rows as the broker writes them: numbers as strings or numbers, null books, unknown statuses. */
class BookRowsTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @ParameterizedTest
    @CsvSource({"complete, FILLED", "cancelled, CANCELLED", "cancelled after market order, CANCELLED",
            "rejected, REJECTED", "open, OPEN", "trigger pending, OPEN", "modified, OPEN", "Open Pending, PENDING",
            "after market order req received, PENDING", "validation pending, PENDING", "something new, PENDING"})
    void mapsEveryDocumentedStatusAndTreatsUnknownOnesAsWorking(String status, BrokerOrderStatus expected) {
        assertThat(BookRows.status(status)).isEqualTo(expected);
    }

    @Test
    void readsAnOrderRowWithItsTradeBookFillsTheRejectionTextAndTheBrokersTime() {
        JsonNode row = json("""
                {"orderid":"250101000000111","ordertag":"0abcDEF1234567890xy","status":"rejected",
                 "orderstatus":"rejected","text":"RMS:Blocked ","updatetime":"25-Nov-2026 10:31:05","filledshares":"0"}
                """);

        BrokerOrderState state = BookRows.order(row, List.of(), NOW);

        assertThat(state).isEqualTo(new BrokerOrderState(Optional.of(new ClientOrderId("0abcDEF1234567890xy")),
                "250101000000111", BrokerOrderStatus.REJECTED, List.of(), Optional.of("RMS:Blocked"),
                Instant.parse("2026-11-25T05:01:05Z")));
        assertThat(state.terms()).as("a row without the order's fields").isEmpty();
    }

    @Test
    void anOrderPlacedOutsideThePlatformHasNoClientOrderIdOfOursAndCarriesItsTermsAsTheBookListsThem() {
        JsonNode row = json("""
                {"orderid":"1","ordertag":"placed-by-the-app!","status":"open","updatetime":"not a time",
                 "exchange":"NSE","tradingsymbol":"SBIN-EQ","transactiontype":"SELL","quantity":"15",
                 "ordertype":"STOPLOSS_LIMIT","price":"790.00","triggerprice":"791.5","producttype":"INTRADAY"}
                """);

        BrokerOrderState state = BookRows.order(row, List.of(), NOW);

        assertThat(state.clientOrderId()).isEmpty();
        assertThat(state.updatedAt()).isEqualTo(NOW);
        assertThat(state.terms()).hasValue(new OrderRequest(Symbol.parse("NSE:SBIN-EQ"), Side.SELL, 15, OrderType.SL,
                Optional.of(79_000L), Optional.of(79_150L), Product.INTRADAY, Optional.empty(), OrderOrigin.EXTERNAL));
    }

    @Test
    void anOrderOfAProductThePlatformDoesNotTradeHasNoTermsToShow() {
        JsonNode row = json("""
                {"orderid":"2","status":"open","exchange":"NSE","tradingsymbol":"SBIN-EQ","transactiontype":"BUY",
                 "quantity":"1","ordertype":"LIMIT","price":"790","producttype":"CARRYFORWARD"}
                """);

        assertThat(BookRows.order(row, List.of(), NOW).terms()).isEmpty();
    }

    @Test
    void groupsTradeBookFillsByOrderReadingStringAndNumberPricesToThePaisa() {
        JsonNode book = json("""
                [{"orderid":"1","fillid":"f1","fillsize":"40","fillprice":790.05,"filltime":"10:31:05"},
                 {"orderid":"1","fillid":"f2","fillsize":60,"fillprice":"790.1","filltime":"10:31:06"},
                 {"orderid":"2","fillid":"f3","fillsize":"1","fillprice":"100","filltime":"bad"}]
                """);

        var fills = BookRows.fillsByOrder(book, NOW);

        assertThat(fills.get("1")).containsExactly(
                new BrokerFill("f1", 40, 79_005, Instant.parse("2026-11-25T05:01:05Z")),
                new BrokerFill("f2", 60, 79_010, Instant.parse("2026-11-25T05:01:06Z")));
        assertThat(fills.get("2")).containsExactly(new BrokerFill("f3", 1, 10_000, NOW));
        assertThat(BookRows.fillsByOrder(json("null"), NOW)).isEmpty();
    }

    @Test
    void readsPositionsOfTheProductsThePlatformTradesOnly() {
        JsonNode rows = json("""
                [{"exchange":"NSE","tradingsymbol":"SBIN-EQ","producttype":"INTRADAY","netqty":"-5"},
                 {"exchange":"NSE","tradingsymbol":"TCS-EQ","producttype":"DELIVERY","netqty":3},
                 {"exchange":"NFO","tradingsymbol":"NIFTY28NOV26FUT","producttype":"CARRYFORWARD","netqty":"75"}]
                """);

        List<BrokerPosition> positions = BookRows.rows(rows).stream()
                .flatMap(row -> BookRows.position(row).stream()).toList();

        assertThat(positions).containsExactly(
                new BrokerPosition(Symbol.parse("NSE:SBIN-EQ"), Product.INTRADAY, -5),
                new BrokerPosition(Symbol.parse("NSE:TCS-EQ"), Product.DELIVERY, 3));
    }
}
