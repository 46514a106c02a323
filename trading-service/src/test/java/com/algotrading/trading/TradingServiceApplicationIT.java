package com.algotrading.trading;

import com.algotrading.postgres.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TradingServiceApplicationIT extends ServiceStartupContract {

    @Override
    protected String schema() {
        return "trading";
    }

    @Override
    protected String firstTable() {
        return "audit_log";
    }
}
