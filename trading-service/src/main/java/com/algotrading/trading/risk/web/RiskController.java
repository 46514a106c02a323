package com.algotrading.trading.risk.web;

import com.algotrading.common.risk.RiskLimits;
import com.algotrading.trading.killswitch.KillSwitch;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.risk.RiskGate;
import com.algotrading.trading.risk.RiskView;
import com.algotrading.trading.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The risk state and limits, and the kill switch. Who may change limits or release the switch is the dashboard's to check. */
@RestController
class RiskController {

    record KillSwitchBody(String reason, Boolean flatten) {
    }

    private final RiskGate risk;
    private final KillSwitch killSwitch;
    private final Leadership leadership;

    RiskController(RiskGate risk, KillSwitch killSwitch, Leadership leadership) {
        this.risk = risk;
        this.killSwitch = killSwitch;
        this.leadership = leadership;
    }

    @GetMapping("/api/v1/risk")
    RiskBody state() {
        return RiskBody.of(leadership.isLeader() ? risk.view() : risk.storedView());
    }

    @PutMapping("/api/v1/risk/limits")
    RiskBody limits(@RequestBody RiskBody.LimitsBody body, HttpServletRequest request) {
        leadership.requireLeader();
        RiskLimits limits = body.toLimits();
        return RiskBody.of(risk.updateLimits(limits, Caller.of(request)));
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
        RiskView view = killSwitch.release(Caller.of(request));
        return RiskBody.of(view);
    }
}
