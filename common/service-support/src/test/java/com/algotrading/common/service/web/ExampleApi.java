package com.algotrading.common.service.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** A small service with one endpoint per kind of error, served by the auto-configured advice. */
@SpringBootApplication
class ExampleApi {

    static final String SECRET = "secret internals: password=hunter2";

    enum Side { BUY, SELL }

    record Order(@NotBlank String symbol, @Positive int quantity, Side side) {
    }

    @RestController
    @RequestMapping("/api/v1")
    static class Orders {

        @GetMapping("/orders/{id}")
        String order(@PathVariable UUID id) {
            return id.toString();
        }

        @GetMapping("/orders")
        List<String> orders(@RequestParam Side side, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
            return List.of(side + " x" + limit);
        }

        @PostMapping(path = "/orders", consumes = "application/json")
        Order place(@Valid @RequestBody Order order) {
            return order;
        }

        /** Whether the caller is one of the platform's services, as a service asks before believing X-Actor. */
        @GetMapping("/caller")
        String caller(HttpServletRequest request) {
            return ServiceCaller.isPlatform(request) ? "platform" : "anyone";
        }

        @GetMapping(path = "/report", produces = "text/csv")
        String report() {
            return "symbol,quantity\n";
        }

        /**
         * Opens with a comment, as the data-service's streams do, so the answer's headers go out at once; ends after
         * a second, so the fuzz test's streams do not outlive it.
         */
        @GetMapping(path = "/stream", produces = "text/event-stream")
        SseEmitter stream() throws IOException {
            SseEmitter emitter = new SseEmitter(1_000L);
            emitter.send(SseEmitter.event().comment("connected"));
            return emitter;
        }

        @GetMapping("/conflict")
        void conflict() {
            throw new ApiProblem(StandardProblem.CONFLICT, "the order is already filled");
        }

        @GetMapping("/limited")
        void limited() {
            ApiProblem problem = new ApiProblem(StandardProblem.RATE_LIMITED, "at most 10 orders a second");
            problem.getHeaders().set("Retry-After", "7");
            throw problem;
        }

        /** Fails only when asked to (the fuzz test never sends the header; a missing header is a bad request). */
        @GetMapping("/bug")
        void bug(@RequestHeader("X-Example-Bug") String really) {
            throw new IllegalStateException(SECRET);
        }
    }

    /** A filter that fails before Spring MVC sees the request, as a broken authentication filter would. */
    @Bean
    FilterRegistrationBean<Filter> failingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            throw new IllegalStateException(SECRET);
        });
        registration.addUrlPatterns("/api/v1/filter-failure");
        return registration;
    }
}
