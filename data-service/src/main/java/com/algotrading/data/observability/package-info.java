/** The data service's market-feed metrics and health: how long since the last tick, and whether that is too long. */
package com.algotrading.data.observability;
