package com.algotrading.trading.positions;

import com.algotrading.trading.web.ApiMoney;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A position as {@code GET /api/v1/positions} and the {@code position} event write it. {@code realisedPnl} is today's;
 * {@code averagePrice} is that of the open quantity (absent when flat). {@code deploymentId} is set once deployments
 * attribute positions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PositionView(String symbol, String product, long quantity, String averagePrice, String lastPrice,
                           String realisedPnl, String unrealisedPnl, String deploymentId) {

    public static PositionView of(Holding holding, PositionBook book, LocalDate today) {
        var position = holding.position();
        String average = position.isFlat() ? null : BigDecimal.valueOf(Math.abs(position.cost()))
                .divide(BigDecimal.valueOf(Math.abs(position.quantity())), 0, RoundingMode.HALF_UP)
                .movePointLeft(2).toPlainString();
        long mark = book.markPrice(holding);
        return new PositionView(holding.key().symbol().toString(), holding.key().product().name(), position.quantity(),
                average, mark == 0 ? null : ApiMoney.text(mark), ApiMoney.text(holding.realisedOn(today)), ApiMoney.text(book.unrealised(holding)),
                null);
    }
}
