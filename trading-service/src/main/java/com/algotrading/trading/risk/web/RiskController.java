package com.algotrading.trading.risk.web;

import com.algotrading.common.risk.RiskLimits;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.risk.RiskGate;
import com.algotrading.trading.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk state and limits (the kill switch, under the same paths, is killswitch.web's). Who may change limits is
 * the dashboard's to check.
 */
@RestController
class RiskController {

    private final RiskGate risk;
    private final Leadership leadership;

    RiskController(RiskGate risk, Leadership leadership) {
        this.risk = risk;
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
}
