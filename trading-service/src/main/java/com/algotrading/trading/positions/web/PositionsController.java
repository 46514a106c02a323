package com.algotrading.trading.positions.web;

import com.algotrading.common.market.IstTime;
import com.algotrading.trading.positions.PositionBook;
import com.algotrading.trading.positions.PositionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Positions: open ones, and those closed today. Closing one is an order (orders.web). */
@RestController
class PositionsController {

    private final PositionBook positions;
    private final Clock clock;

    PositionsController(PositionBook positions, Clock clock) {
        this.positions = positions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/positions")
    List<PositionView> list() {
        LocalDate today = IstTime.date(clock.instant());
        return positions.all().stream().filter(holding -> holding.showsOn(today))
                .map(holding -> PositionView.of(holding, positions, today)).toList();
    }
}
