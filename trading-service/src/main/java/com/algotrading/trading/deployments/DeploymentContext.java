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

    /** Where deployments' orders are placed, apart from their lanes. */
    java.util.concurrent.Executor placing();

    /** The account's equity in paise, for percent-of-equity sizing. */
    long equity();

    /** A closed bar's close, as a last price when no newer tick is known (a market order needs one for risk). */
    void barClosed(com.algotrading.common.market.Symbol symbol, com.algotrading.common.market.Bar minute);

    /** The account's net position of an instrument and product, signed. */
    long accountPosition(com.algotrading.common.market.Symbol symbol, com.algotrading.common.orders.Product product);

    /** Records and publishes a risk denial of one of the deployment's orders. */
    void denied(DeploymentId deployment, String denial);
}
