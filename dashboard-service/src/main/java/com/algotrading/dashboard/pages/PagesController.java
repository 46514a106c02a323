package com.algotrading.dashboard.pages;

import com.algotrading.dashboard.proxy.TradingReads;
import com.algotrading.dashboard.proxy.TradingReads.Reading;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.node.MissingNode;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pages. The overview is rendered with the day's figures already in it (read in parallel, each one that did
 * not come said so on the page), so the trader sees them at the first paint; its script then keeps them live over
 * the event stream. The other pages are their layout and a script that reads the public API.
 */
@Controller
class PagesController {

    private static final Map<String, String> OVERVIEW_READS = Map.of("pnl", "/api/v1/pnl", "risk", "/api/v1/risk",
            "funds", "/api/v1/funds", "readiness", "/api/v1/readiness");

    private final TradingReads trading;

    PagesController(TradingReads trading) {
        this.trading = trading;
    }

    @GetMapping("/")
    String overview(Authentication caller, Model model) {
        try (ExecutorService reads = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<String, CompletableFuture<Reading>> pending = new HashMap<>();
            OVERVIEW_READS.forEach((name, path) ->
                    pending.put(name, CompletableFuture.supplyAsync(() -> trading.get(path, caller), reads)));
            pending.forEach((name, reading) -> {
                Reading read = reading.join();
                model.addAttribute(name, read.body().orElse(MissingNode.getInstance()));
                model.addAttribute(name + "Failure", read.failure());
            });
        }
        model.addAttribute("page", "overview");
        return "layout";
    }

    /** The pages after the overview; each one's template (its title and main) and script share its name. */
    @GetMapping("/{page:positions|orders|trades|strategies|chart|backtests|risk|users|keys|audit}")
    String page(@PathVariable String page, Model model) {
        model.addAttribute("page", page);
        return "layout";
    }
}
