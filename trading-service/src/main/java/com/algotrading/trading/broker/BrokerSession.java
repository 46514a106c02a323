package com.algotrading.trading.broker;

import com.algotrading.trading.leadership.LeaderDuty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The broker pushes updates to the active instance only: started once the order manager is ready to record them. */
@Component
@Order(40)
class BrokerSession implements LeaderDuty {

    private final Broker broker;

    BrokerSession(Broker broker) {
        this.broker = broker;
    }

    @Override
    public void takeOver() {
        broker.start();
    }

    @Override
    public void handOver() {
        broker.stop();
    }
}
