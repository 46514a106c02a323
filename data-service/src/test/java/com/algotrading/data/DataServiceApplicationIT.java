package com.algotrading.data;

import com.algotrading.postgres.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataServiceApplicationIT extends ServiceStartupContract {

    @Override
    protected String schema() {
        return "market_data";
    }

    @Override
    protected String firstTable() {
        return "instruments";
    }
}
