package com.algotrading.dashboard.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc cannot read from the controllers: how to authenticate (a key or the session cookie), and the
 * problem types every error answers with. The operations themselves come from the request mappings.
 */
@Configuration
class OpenApiConfiguration {

    private static final String DESCRIPTION = """
            The platform's public REST API: the trading paths of the contract, forwarded to the trading-service, \
            read access to the data-service's instruments and candles, and the dashboard's own users and API keys. \
            Programs send `X-API-Key`; a browser session sends its `SESSION` cookie and, on state-changing calls, \
            the `XSRF-TOKEN` cookie's value in `X-XSRF-TOKEN`. Scopes: `read` reaches every GET, `trade` also \
            orders, positions, deployments, backtests and the kill switch's engage; risk limits, the kill switch's \
            release and users need an ADMIN's session.

            Every error is `application/problem+json` with a stable `type`: `/problems/invalid-request` (400), \
            `/problems/unauthorized` (401), `/problems/forbidden` (403), `/problems/not-found` (404), \
            `/problems/conflict` (409), `/problems/risk-denied` (422, with `rule`), `/problems/rate-limited` \
            (429, with `Retry-After`), `/problems/unavailable` (503, naming the service that did not answer). \
            See docs/api.md for examples.""";

    @Bean
    OpenAPI publicApi() {
        return new OpenAPI()
                .info(new Info().title("Algo Trading System API").version("v1").description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
