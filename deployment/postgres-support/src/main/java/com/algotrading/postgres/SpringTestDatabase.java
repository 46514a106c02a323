package com.algotrading.postgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at a fresh database. Use from a {@code @DynamicPropertySource} method; each
 * Spring test context (they are cached per configuration) gets its own database.
 */
public final class SpringTestDatabase {

    private SpringTestDatabase() {
    }

    public static DatabaseCoordinates register(DynamicPropertyRegistry registry) {
        DatabaseCoordinates database = TestDatabases.fresh();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        return database;
    }
}
