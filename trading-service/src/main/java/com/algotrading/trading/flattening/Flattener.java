package com.algotrading.trading.flattening;

import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.Product;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.trading.deployments.Deployments;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.orders.PlaceResult;
import com.algotrading.trading.positions.Holding;
import com.algotrading.trading.positions.PositionBook;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Closes the account's positions (all, or one product) for the kill switch and the square-off. What running
 * deployments hold they close themselves, with orders that carry their ids, so their own books follow; the rest of
 * each position (a trader's own orders) is closed directly.
 */
@Component
public class Flattener {

    private final Deployments deployments;
    private final OrderDesk desk;
    private final PositionBook positions;

    Flattener(Deployments deployments, OrderDesk desk, PositionBook positions) {
        this.deployments = deployments;
        this.desk = desk;
        this.positions = positions;
    }

    /**
     * @param leaveMoving leave a position that an order in flight may be closing already (the square-off, which runs
     *                    again seconds later); the kill switch has just cancelled everything and closes at once — a
     *                    second close of the same position would not reduce it, and the kill-switch rule refuses that
     * @return the closing orders asked for (the deployments' go out on their own lanes)
     */
    public int flatten(Optional<Product> product, OrderOrigin origin, String actor, boolean leaveMoving) {
        Set<PositionKey> moving = new HashSet<>();
        if (leaveMoving) {
            for (Order order : desk.inFlight()) {
                moving.add(new PositionKey(order.request().symbol(), order.request().product()));
            }
        }
        Map<PositionKey, Long> legs = deployments.closeLegs(product, origin);
        int asked = (int) legs.values().stream().filter(quantity -> quantity != 0).count();
        for (Holding holding : positions.all()) {
            PositionKey key = holding.key();
            long account = holding.position().quantity();
            if (account == 0 || moving.contains(key) || product.isPresent() && key.product() != product.get()) {
                continue;
            }
            long rest = account - legs.getOrDefault(key, 0L);
            // Never more than the account holds, never the other way: a deployment's stale book cannot make it a reversal.
            long closing = Long.signum(rest) == Long.signum(account) ? rest : 0;
            if (desk.close(key, closing, origin, actor).orElse(null) instanceof PlaceResult.Placed) {
                asked++;
            }
        }
        return asked;
    }
}
