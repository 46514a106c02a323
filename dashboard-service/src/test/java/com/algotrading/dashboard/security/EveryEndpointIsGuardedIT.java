package com.algotrading.dashboard.security;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.DashboardServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request mapping of the service (its controllers, springdoc's and actuator's), found in the running context,
 * called by each kind of caller: anonymous is refused with 401 unless the endpoint is open, a caller without the role
 * or scope with 403, and one with it gets past the security rules. What each endpoint needs is written out here
 * from the contract, so a rule that changes by mistake fails this.
 */
@TestPropertySource(properties = {"API_KEY_REQUESTS_PER_SECOND=100000", "API_KEY_ORDERS_PER_SECOND=100000"})
class EveryEndpointIsGuardedIT extends DashboardServiceTest {

    /** What an endpoint needs, from least to most. */
    enum Need { OPEN, VIEWER, TRADER, SESSION, ADMIN_SESSION }

    /** A kind of caller and the needs it meets. */
    record Caller(String name, DashboardClient client, Set<Need> meets) {
    }

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointRefusesWhoeverLacksItsRoleOrScopeAndLetsInWhoeverHasIt() {
        List<Caller> callers = callers();
        Map<String, Set<String>> endpoints = endpoints();
        assertThat(endpoints).as("the service's mappings").hasSizeGreaterThan(35)
                .containsKeys("/api/v1/orders", "/api/v1/users/{username}", "/api/v1/api-keys/{id}",
                        "/api/v1/platform/status", "/login", "/v3/api-docs", "/actuator/health", "/actuator/metrics");

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var endpoint : endpoints.entrySet()) {
            for (String method : endpoint.getValue()) {
                Need need = need(method, endpoint.getKey());
                String path = concrete(endpoint.getKey());
                for (Caller caller : callers) {
                    // an alert is refused at the edge without its secret (401 of its own): send one that has it
                    String body = method.equals("GET") ? null : path.startsWith("/api/v1/webhooks/") ? "{\"secret\":\"s\"}"
                            : "{}";
                    int status = caller.client().call(method, path, body).statusCode();
                    calls++;
                    String expected = caller.meets().contains(need) ? "not 401/403"
                            : caller.name().equals("anonymous") ? "401" : "403";
                    boolean right = switch (expected) {
                        case "401" -> status == 401;
                        case "403" -> status == 403;
                        default -> status != 401 && status != 403;
                    };
                    if (!right) {
                        wrong.add(method + " " + path + " (" + need + ") as " + caller.name() + ": " + status
                                + ", expected " + expected);
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(35 * callers.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void staticAssetsAndTheLoginPageAreOpenAndThePagesAreNot() {
        DashboardClient anonymous = DashboardClient.anonymous(port);

        assertThat(anonymous.get("/css/dashboard.css", "text/css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/js/overview.js", "*/*").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/login", "text/html").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/positions", "*/*").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/positions", "text/html").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(anonymous.get("/swagger-ui/index.html", "*/*").statusCode()).isEqualTo(401);
    }

    /** The contract's rules, restated. */
    private static Need need(String method, String pattern) {
        if (pattern.equals("/login") || pattern.startsWith("/actuator/health")
                || method.equals("POST") && pattern.equals("/api/v1/webhooks/{deploymentId}")) {
            return Need.OPEN;
        }
        if (pattern.startsWith("/api/v1/users") || pattern.startsWith("/actuator")
                || method.equals("PUT") && pattern.equals("/api/v1/risk/limits")
                || method.equals("DELETE") && pattern.equals("/api/v1/risk/kill-switch")) {
            return Need.ADMIN_SESSION;
        }
        if (pattern.startsWith("/api/v1/api-keys") || pattern.startsWith("/api/v1/account")) {
            return Need.SESSION;
        }
        return method.equals("GET") ? Need.VIEWER : Need.TRADER;
    }

    private List<Caller> callers() {
        DashboardClient admin = admin();
        for (String role : List.of("VIEWER", "TRADER")) {
            admin.call("POST", "/api/v1/users", "{\"username\":\"" + role.toLowerCase() + "\",\"password\":\""
                    + role.toLowerCase() + "-password\",\"role\":\"" + role + "\"}");
        }
        String read = admin.json(admin.call("POST", "/api/v1/api-keys", "{\"name\":\"r\",\"scope\":\"read\"}"))
                .path("key").asString();
        String trade = admin.json(admin.call("POST", "/api/v1/api-keys", "{\"name\":\"t\",\"scope\":\"trade\"}"))
                .path("key").asString();
        return List.of(
                new Caller("anonymous", DashboardClient.anonymous(port), Set.of(Need.OPEN)),
                new Caller("read key", DashboardClient.withKey(port, read), Set.of(Need.OPEN, Need.VIEWER)),
                new Caller("trade key", DashboardClient.withKey(port, trade), Set.of(Need.OPEN, Need.VIEWER, Need.TRADER)),
                new Caller("viewer", DashboardClient.loggedIn(port, "viewer", "viewer-password"),
                        Set.of(Need.OPEN, Need.VIEWER, Need.SESSION)),
                new Caller("trader", DashboardClient.loggedIn(port, "trader", "trader-password"),
                        Set.of(Need.OPEN, Need.VIEWER, Need.TRADER, Need.SESSION)),
                new Caller("admin", admin, Set.of(Need.values())));
    }

    /** Pattern → methods, over every request-mapping handler mapping (a mapping without methods takes any). */
    private Map<String, Set<String>> endpoints() {
        Map<String, Set<String>> endpoints = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    Set<String> names = endpoints.computeIfAbsent(pattern, ignored -> new TreeSet<>());
                    if (methods.isEmpty()) {
                        names.addAll(List.of("GET", "POST", "DELETE"));
                    }
                    methods.stream().filter(m -> m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                            .forEach(m -> names.add(m.name()));
                }
            }
        }
        endpoints.values().removeIf(Set::isEmpty);
        return endpoints;
    }

    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "x1").replace("/**", "/x1").replace("/*", "/x1");
    }
}
