package com.algotrading.trading.killswitch.web;

import com.algotrading.trading.killswitch.KillSwitch;
import com.algotrading.trading.risk.web.RiskBody;
import com.algotrading.trading.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kill switch, under the risk paths and answered as the risk state. Who may release it is the dashboard's to
 * check.
 */
@RestController
class KillSwitchController {

    record KillSwitchBody(String reason, Boolean flatten) {
    }

    private final KillSwitch killSwitch;

    KillSwitchController(KillSwitch killSwitch) {
        this.killSwitch = killSwitch;
    }

    @PostMapping("/api/v1/risk/kill-switch")
    RiskBody engage(@RequestBody KillSwitchBody body, HttpServletRequest request) {
        if (body.reason() == null || body.reason().isBlank()) {
            throw new IllegalArgumentException("'reason' is required: say why trading stops");
        }
        boolean flatten = body.flatten() == null || body.flatten();
        return RiskBody.of(killSwitch.engage(body.reason().strip(), flatten, Caller.of(request)).risk());
    }

    @DeleteMapping("/api/v1/risk/kill-switch")
    RiskBody release(HttpServletRequest request) {
        return RiskBody.of(killSwitch.release(Caller.of(request)));
    }
}
