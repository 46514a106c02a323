package com.algotrading.data;

import com.algotrading.postgres.ServiceTokenContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The data-service takes only the platform's callers (the dashboard, the trading-service). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ENVIRONMENT=staging", "SERVICE_TOKEN=" + ServiceTokenContract.TOKEN, "MARKET_FEED=none"})
class ServiceTokenIT extends ServiceTokenContract {

    @Override
    protected String apiPath() {
        return "/api/v1/instruments?query=RELIANCE";
    }
}
