package com.algotrading.common.service.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A service that authenticates its callers itself (the dashboard) opts out of the service-token check. */
@SpringBootTest(classes = ExampleApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ENVIRONMENT=staging", "SERVICE_TOKEN=" + ServiceTokenIT.TOKEN,
                "platform.service-token.required=false"})
class ServiceTokenOptOutIT {

    @LocalServerPort
    int port;

    @Test
    void answersWithoutTheTokenWhenTheServiceOptedOut() {
        assertThat(new Http(port).get("/api/v1/orders?side=BUY").statusCode()).isEqualTo(200);
    }
}
