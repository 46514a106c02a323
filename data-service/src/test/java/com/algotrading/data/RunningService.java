package com.algotrading.data;

import com.algotrading.postgres.SpringTestDatabase;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the service on a random port against a fresh real PostgreSQL database (one
 * per distinct Spring test configuration). Subclasses add {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class RunningService {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
    }

    @LocalServerPort
    protected int port;

    protected ApiClient api() {
        return new ApiClient(port);
    }
}
