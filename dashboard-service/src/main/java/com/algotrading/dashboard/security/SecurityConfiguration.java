package com.algotrading.dashboard.security;

import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.dashboard.accounts.Authorities;
import com.algotrading.dashboard.accounts.LoginDetails;
import com.algotrading.dashboard.apikeys.ApiKeyFilter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The dashboard's one security filter chain. Open: the login page, static assets, {@code /actuator/health}, and a
 * webhook deployment's alerts (they carry its secret, which the trading-service checks). Every
 * GET needs a {@code VIEWER} (a {@code read} key); every other method a {@code TRADER} (a {@code trade} key); risk
 * limits, the kill switch's release, users and actuator's other endpoints an {@code ADMIN}, which a key never is;
 * a user's own keys and account a logged-in session, never a key. Browser sessions send a CSRF token with every
 * state-changing request (the {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN}); key requests carry no
 * cookie, so need none.
 */
@Configuration
class SecurityConfiguration {

    /** No inline script anywhere (the pages load theirs from /js); no framing; forms post only here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String WEBHOOKS = "/api/v1/webhooks/*";

    /**
     * No observations of the filter chain, authentication and authorization: each request is observed once already
     * (its metric and its span), and the chain's own observations, one per filter with events, cost more CPU than
     * answering a key's GET (measured: a fifth of the dashboard's profile under load).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain dashboardSecurity(HttpSecurity http, ApiKeyFilter keys, PlatformSettings settings,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        Refusals refusals = new Refusals(problems);
        CookieCsrfTokenRepository csrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        boolean secure = !settings.environment().isLocal();
        csrfCookie.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
        // Only a page a browser was sent away from is worth returning to after the login; an API call is not.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(Refusals.BROWSER_PAGE);
        AuthorizationManager<RequestAuthorizationContext> adminSession = AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasRole("ADMIN"), AuthorityAuthorizationManager.hasAuthority(Authorities.SESSION));
        return http
                .addFilterBefore(keys, UsernamePasswordAuthenticationFilter.class)
                // spa(): the token is read from X-XSRF-TOKEN as the cookie has it (or from a form's masked _csrf
                // field), and the cookie is written on every answer, ready before a page's first POST
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfCookie).ignoringRequestMatchers(ApiKeyFilter::sendsKey)
                        .ignoringRequestMatchers(WEBHOOKS))
                .formLogin(form -> form.loginPage("/login").authenticationDetailsSource(LoginDetails::new)
                        .failureUrl("/login?error").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .requestCache(cache -> cache.requestCache(pages))
                .exceptionHandling(refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/login", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // an alert's secret is in its body, checked by the trading-service: no login, no key, no cookie
                        .requestMatchers(HttpMethod.POST, WEBHOOKS).permitAll()
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").access(adminSession)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/risk/limits").access(adminSession)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/risk/kill-switch").access(adminSession)
                        .requestMatchers("/actuator/**").access(adminSession)
                        .requestMatchers("/api/v1/api-keys", "/api/v1/api-keys/**", "/api/v1/account",
                                "/api/v1/account/**").hasAuthority(Authorities.SESSION)
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("VIEWER")
                        .requestMatchers(HttpMethod.HEAD, "/**").hasRole("VIEWER")
                        .anyRequest().hasRole("TRADER"))
                .build();
    }
}
