/** The broker port: what the order manager needs of a broker, and the outcomes it must tell apart. Adapters are sub-packages. */
package com.algotrading.trading.broker;
