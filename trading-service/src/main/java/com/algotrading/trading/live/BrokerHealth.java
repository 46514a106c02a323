package com.algotrading.trading.live;

import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.angelone.AngelOneBroker;
import com.algotrading.trading.broker.angelone.BrokerSession;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code broker} health component. Live: UP while a session with Angel One is held, its circuit is closed and the
 * last call got an answer; DOWN otherwise, with which of them failed. It reads what the adapter already knows and never
 * calls the broker (health is polled; the broker's limits are not). Paper: UP, the simulated broker always answers.
 */
@Component("brokerHealthIndicator")
class BrokerHealth implements HealthIndicator {

    private final Broker broker;

    BrokerHealth(Broker broker) {
        this.broker = broker;
    }

    @Override
    public Health health() {
        if (!(broker instanceof AngelOneBroker live)) {
            return Health.up().withDetail("broker", broker.name()).build();
        }
        BrokerSession session = live.session();
        Health.Builder health = (session.working() ? Health.up() : Health.down()).withDetail("broker", broker.name())
                .withDetail("loggedIn", session.loggedIn()).withDetail("circuit", session.circuit());
        session.lastCall().ifPresent(call -> {
            health.withDetail("lastCall", call.at().toString());
            call.failure().ifPresent(failure -> health.withDetail("lastCallFailure", failure));
        });
        return health.build();
    }
}
