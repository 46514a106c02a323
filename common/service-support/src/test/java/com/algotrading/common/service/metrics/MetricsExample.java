package com.algotrading.common.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.atomic.AtomicInteger;

/** A service with two listed metrics, one meter that is not listed, an endpoint that fails and one that logs an error. */
@SpringBootApplication
class MetricsExample {

    static final AtomicInteger HALTED = new AtomicInteger(1);

    @Bean
    Counter orderRejections(MeterRegistry meters) {
        Gauge.builder("TradingHalted", HALTED, AtomicInteger::get).register(meters);
        Counter.builder("not.listed").register(meters).increment();
        return Counter.builder("OrderRejections").register(meters);
    }

    @RestController
    static class Failing {

        private static final Logger log = LoggerFactory.getLogger(Failing.class);

        @GetMapping("/fails")
        String fails() {
            throw new IllegalStateException("a bug");
        }

        @GetMapping("/logs-an-error")
        String logsAnError() {
            log.error("something went wrong");
            return "logged";
        }
    }
}
