package com.algotrading.common.service;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a service listens, as the process's environment variables decide it. */
class LoopbackWhenLocalTest {

    private static final String TOKEN = "a-deployed-service-token-of-40-characters";

    @Test
    void listensOnLoopbackWhenNothingIsSet() {
        assertThat(serverAddress(Map.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void listensOnLoopbackWhenLocal() {
        assertThat(serverAddress(Map.of("ENVIRONMENT", "local"))).isEqualTo("127.0.0.1");
    }

    @Test
    void serverAddressOverridesTheLocalDefault() {
        assertThat(serverAddress(Map.of("ENVIRONMENT", "local", "SERVER_ADDRESS", "0.0.0.0"))).isEqualTo("0.0.0.0");
    }

    @Test
    void deployedEnvironmentsKeepListeningOnEveryInterface() {
        assertThat(serverAddress(Map.of("ENVIRONMENT", "dev", "SERVICE_TOKEN", TOKEN))).isNull();
        assertThat(serverAddress(Map.of("ENVIRONMENT", "prod", "SERVICE_TOKEN", TOKEN))).isNull();
    }

    /** The resolved {@code server.address} of a service started with these environment variables. */
    private static String serverAddress(Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.copyOf(variables)));
        new LoopbackWhenLocal().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }
}
