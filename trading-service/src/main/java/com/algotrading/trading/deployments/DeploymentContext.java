package com.algotrading.trading.deployments;

import com.algotrading.common.orders.DeploymentId;
import com.algotrading.trading.market.BarStream;
import com.algotrading.trading.market.CandleHistory;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.orders.OrderDesk;

import java.time.Clock;

/** What a running deployment needs of the service, handed to each one by the engine. */
interface DeploymentContext {

    Clock clock();

    DeploymentRepository repository();

    InstrumentDirectory instruments();

    CandleHistory history();

    BarStream barStream();

    OrderDesk desk();

    /** The account's equity in paise, for percent-of-equity sizing. */
    long equity();

    /** Records and publishes a risk denial of one of the deployment's orders. */
    void denied(DeploymentId deployment, String denial);
}
