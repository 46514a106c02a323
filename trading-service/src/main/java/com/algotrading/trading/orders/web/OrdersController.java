package com.algotrading.trading.orders.web;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.orders.OrderFilter;
import com.algotrading.trading.orders.OrderNotFoundException;
import com.algotrading.trading.orders.OrderView;
import com.algotrading.trading.orders.PlaceResult;
import com.algotrading.trading.orders.TradeView;
import com.algotrading.trading.web.Caller;
import com.algotrading.trading.web.RiskDeniedException;
import com.algotrading.trading.web.TimeRange;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders and the trade book, as in the trading contract. */
@RestController
class OrdersController {

    private static final int MAX_PAGE_SIZE = 500;
    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final OrderDesk desk;
    private final Clock clock;

    OrdersController(OrderDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /** {@code 201} with the order (also for a replayed {@code Idempotency-Key}), or {@code 422} when risk denies it. */
    @PostMapping("/api/v1/orders")
    ResponseEntity<OrderView> place(@RequestBody PlaceOrderBody body,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                    HttpServletRequest request) {
        Optional<String> key = Optional.ofNullable(idempotencyKey).map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && key.get().length() > MAX_IDEMPOTENCY_KEY) {
            throw new IllegalArgumentException("Idempotency-Key is longer than " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        return switch (desk.place(body.toRequest(), key, Caller.of(request))) {
            case PlaceResult.Placed placed -> ResponseEntity.created(location(placed.order()))
                    .header("Idempotent-Replayed", Boolean.toString(placed.replayed()))
                    .body(OrderView.of(placed.order()));
            case PlaceResult.Denied denied -> throw new RiskDeniedException(denied.rule(), denied.reason());
        };
    }

    @GetMapping("/api/v1/orders")
    ResponseEntity<List<OrderView>> list(@RequestParam(required = false) OrderStatus status,
                                         @RequestParam(required = false) String symbol,
                                         @RequestParam(required = false) String deploymentId,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        OrderFilter filter = new OrderFilter(Optional.ofNullable(status), Optional.ofNullable(symbol).map(Symbol::parse),
                Optional.ofNullable(deploymentId).map(DeploymentId::new), TimeRange.bound("from", from, false),
                TimeRange.bound("to", to, true));
        List<Order> rows = desk.list(filter, Math.multiplyExact(page, size), size + 1);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        String links = links(page, size, rows.size() > size);
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, links);
        }
        return answer.body(rows.stream().limit(size).map(OrderView::of).toList());
    }

    @GetMapping("/api/v1/orders/{id}")
    OrderView one(@PathVariable String id) {
        return OrderView.of(desk.find(orderId(id)).orElseThrow(() -> new OrderNotFoundException(id)));
    }

    /** {@code 202}: the cancel request went to the broker; the order shows CANCELLED once it confirms. */
    @DeleteMapping("/api/v1/orders/{id}")
    ResponseEntity<OrderView> cancel(@PathVariable String id, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(OrderView.of(desk.cancel(orderId(id), Caller.of(request))));
    }

    @PostMapping("/api/v1/orders/cancel-all")
    Map<String, Integer> cancelAll(HttpServletRequest request) {
        return Map.of("cancelled", desk.cancelAll(Caller.of(request)));
    }

    @GetMapping("/api/v1/trades")
    List<TradeView> trades(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TimeRange range = TimeRange.parse(from, to, clock);
        return desk.trades(range.from(), range.to(), 10_000);
    }

    private static OrderId orderId(String id) {
        try {
            return new OrderId(id);
        } catch (IllegalArgumentException e) {
            throw new OrderNotFoundException(id);
        }
    }

    private static URI location(Order order) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/orders/{id}")
                .buildAndExpand(order.id().value()).toUri();
    }

    private static String links(int page, int size, boolean more) {
        StringBuilder links = new StringBuilder();
        if (more) {
            links.append(link(page + 1, size, "next"));
        }
        if (page > 0) {
            links.append(links.isEmpty() ? "" : ", ").append(link(page - 1, size, "prev"));
        }
        return links.toString();
    }

    private static String link(int page, int size, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
