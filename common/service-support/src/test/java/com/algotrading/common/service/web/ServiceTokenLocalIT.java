package com.algotrading.common.service.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;


import static org.assertj.core.api.Assertions.assertThat;

/** Locally nothing needs the token, but only a request that sends it counts as the platform's own. */
@SpringBootTest(classes = ExampleApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ENVIRONMENT=local", "SERVICE_TOKEN=" + ServiceTokenIT.TOKEN})
class ServiceTokenLocalIT {

    @LocalServerPort
    int port;

    @Test
    void answersWithoutTheTokenButMarksOnlyARequestThatSentIt() {
        Http http = new Http(port);

        assertThat(http.get("/api/v1/orders?side=BUY").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/caller").body()).isEqualTo("anyone");
        assertThat(http.send(http.request("/api/v1/caller").header("Authorization", "Bearer wrong-token")).body())
                .isEqualTo("anyone");
        assertThat(http.send(http.request("/api/v1/caller").header("Authorization", "Bearer " + ServiceTokenIT.TOKEN))
                .body()).isEqualTo("platform");
    }
}
