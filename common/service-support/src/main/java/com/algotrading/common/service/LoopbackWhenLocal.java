package com.algotrading.common.service;

import com.algotrading.common.settings.InvalidSettingException;
import com.algotrading.common.settings.PlatformSettings;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * With {@code ENVIRONMENT=local} a service listens on 127.0.0.1 only: the local platform has no login and no
 * service token, so nothing on the network may reach it. {@code SERVER_ADDRESS} (or any {@code server.address})
 * overrides it, because this default is the lowest of all property sources. Deployed environments keep listening
 * on every interface: the load balancer and Service Connect reach the containers from outside.
 *
 * <p>It reads {@code ENVIRONMENT} from Spring's environment rather than in {@code main}, so the default holds in
 * tests and in every way a service is started.
 */
class LoopbackWhenLocal implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean local;
        try {
            local = PlatformSettings.from(environment::getProperty).environment().isLocal();
        } catch (InvalidSettingException invalid) {
            // the platform settings bean reports it and the context does not start, whatever the address
            return;
        }
        if (local) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("localPlatformListensOnLoopback", Map.of("server.address", LOOPBACK)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
