package com.algotrading.trading;

import com.algotrading.postgres.ServiceTokenContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The trading-service takes only the platform's callers (the dashboard), as the trading API contract says. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ENVIRONMENT=staging", "SERVICE_TOKEN=" + ServiceTokenContract.TOKEN})
class ServiceTokenIT extends ServiceTokenContract {

    @Override
    protected String apiPath() {
        return "/api/v1/orders";
    }
}
