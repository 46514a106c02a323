package com.algotrading.dashboard;

import com.algotrading.postgres.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardServiceApplicationIT extends ServiceStartupContract {

    @Override
    protected String schema() {
        return "dashboard";
    }

    @Override
    protected String firstTable() {
        return "users";
    }
}
