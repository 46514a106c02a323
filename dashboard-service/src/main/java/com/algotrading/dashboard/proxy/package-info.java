/**
 * The public REST API's trading and market-data paths: each forwarded as it came to the trading-service or the
 * data-service with the service token and the caller's name ({@code X-Actor}, for the trading audit log), behind
 * timeouts and a resilience4j circuit breaker per service.
 */
package com.algotrading.dashboard.proxy;
