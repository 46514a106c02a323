package com.algotrading.trading.killswitch;

import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.risk.RiskGate;
import com.algotrading.trading.risk.RiskView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Stops everything: the risk state turns HALTED first (so nothing new passes from that moment), then every open order
 * is cancelled and, when asked, every position closed with the kill switch's own orders. Deployments see the halt in
 * the risk state. Only an explicit release lifts it.
 */
@Component
public class KillSwitch {

    private static final Logger log = LoggerFactory.getLogger(KillSwitch.class);

    /** What engaging did. */
    public record Engaged(RiskView risk, int cancelRequests, int closingOrders) {
    }

    private final RiskGate risk;
    private final OrderDesk desk;
    private final Leadership leadership;

    KillSwitch(RiskGate risk, OrderDesk desk, Leadership leadership) {
        this.risk = risk;
        this.desk = desk;
        this.leadership = leadership;
    }

    public Engaged engage(String reason, boolean flatten, String actor) {
        leadership.requireLeader();
        risk.halt("kill switch: " + reason, actor);
        int cancelled = desk.cancelAll(actor);
        int closing = flatten ? desk.closeAll(Optional.empty(), OrderOrigin.KILL_SWITCH, actor) : 0;
        log.warn("Kill switch engaged by {}: {} ({} cancel requests, {} closing orders)", actor, reason, cancelled, closing);
        return new Engaged(risk.view(), cancelled, closing);
    }

    public RiskView release(String actor) {
        leadership.requireLeader();
        log.warn("Kill switch released by {}", actor);
        return risk.releaseHalt(actor);
    }
}
