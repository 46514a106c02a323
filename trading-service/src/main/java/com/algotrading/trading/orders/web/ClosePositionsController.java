package com.algotrading.trading.orders.web;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.Product;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.trading.orders.OrderConflictException;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.orders.OrderView;
import com.algotrading.trading.orders.PlaceResult;
import com.algotrading.trading.positions.Holding;
import com.algotrading.trading.positions.PositionBook;
import com.algotrading.trading.web.Caller;
import com.algotrading.trading.web.RiskDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing positions with market orders through risk. Under the positions' paths, but an order feature: closing is
 * placing orders, and the order desk already depends on the positions.
 */
@RestController
class ClosePositionsController {

    private final PositionBook positions;
    private final OrderDesk desk;

    ClosePositionsController(PositionBook positions, OrderDesk desk) {
        this.positions = positions;
        this.desk = desk;
    }

    /** Closes the whole position of the instrument; {@code product} picks one when it is held both ways. */
    @PostMapping("/api/v1/positions/{symbol}/close")
    ResponseEntity<OrderView> close(@PathVariable String symbol, @RequestParam(required = false) Product product,
                                    HttpServletRequest request) {
        Symbol instrument = Symbol.parse(symbol);
        List<Holding> open = positions.all().stream()
                .filter(h -> h.key().symbol().equals(instrument) && !h.position().isFlat())
                .filter(h -> product == null || h.key().product() == product).toList();
        if (open.isEmpty()) {
            throw new OrderConflictException("there is no open position in " + instrument
                    + (product == null ? "" : " (" + product + ")"));
        }
        if (open.size() > 1) {
            throw new IllegalArgumentException(instrument + " is held both INTRADAY and DELIVERY: add ?product=");
        }
        PositionKey key = open.getFirst().key();
        PlaceResult result = desk.closePosition(key, OrderOrigin.API, Caller.of(request))
                .orElseThrow(() -> new OrderConflictException("the position in " + instrument + " is already flat"));
        return switch (result) {
            case PlaceResult.Placed placed -> ResponseEntity.status(HttpStatus.CREATED).body(OrderView.of(placed.order()));
            case PlaceResult.Denied denied -> throw new RiskDeniedException(denied.rule(), denied.reason());
        };
    }

    @PostMapping("/api/v1/positions/close-all")
    Map<String, Integer> closeAll(HttpServletRequest request) {
        return Map.of("orders", desk.closeAll(Optional.empty(), OrderOrigin.API, Caller.of(request)));
    }
}
