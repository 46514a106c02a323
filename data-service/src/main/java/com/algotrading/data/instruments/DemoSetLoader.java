package com.algotrading.data.instruments;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Upserts the bundled NIFTY 50 set at start-up, before the live feed starts, so the simulator finds them. Public for
 * the import command, whose context has this loader but no feed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoSetLoader implements ApplicationRunner {

    private final Instruments instruments;
    private final InstrumentsProperties properties;

    DemoSetLoader(Instruments instruments, InstrumentsProperties properties) {
        this.instruments = instruments;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.loadDemoSet()) {
            instruments.upsert(DemoInstruments.nifty50().stream().map(DemoInstruments.DemoInstrument::instrument)
                    .toList());
        }
    }
}
