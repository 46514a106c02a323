package com.algotrading.trading.deployments.web;

import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Product;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.trading.deployments.DeploymentSpec;
import com.algotrading.trading.deployments.InvalidDeploymentException;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.market.UnknownInstrumentException;
import com.algotrading.trading.web.ApiMoney;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The body of {@code POST /api/v1/deployments}; every refusal names its field. */
record DeploymentBody(String name, String strategy, Map<String, BigDecimal> parameters, List<String> instruments,
                      String interval, SizingBody sizing, Product product, ExitsBody exits) {

    private static final int MAX_INSTRUMENTS = 200;

    /** Exactly one of the three. */
    record SizingBody(Long quantity, BigDecimal capital, BigDecimal equityPercent) {
    }

    record ExitsBody(BigDecimal stopLossPercent, BigDecimal targetPercent, BigDecimal trailingPercent,
                     String squareOffTime) {
    }

    DeploymentSpec toSpec(InstrumentDirectory directory) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidDeploymentException("name", "is required, at most 100 characters");
        }
        if (strategy == null) {
            throw new InvalidDeploymentException("strategy", "is required");
        }
        if (DeploymentSpec.WEBHOOK.equals(strategy)) {
            return webhookSpec(directory);
        }
        Map<String, BigDecimal> values = parameters == null ? Map.of() : parameters;
        try {
            StrategyCatalog.type(strategy).create(values);
        } catch (IllegalArgumentException e) {
            throw new InvalidDeploymentException(e.getMessage().startsWith("unknown strategy") ? "strategy" : "parameters",
                    e.getMessage());
        }
        return new DeploymentSpec(name.strip(), strategy, values, validInstruments(directory), validInterval(), validSizing(),
                product == null ? Product.INTRADAY : product, validExits());
    }

    /**
     * A webhook deployment: its alerts trade its instruments (the first when an alert names none) in its quantity
     * (when an alert gives none); it has no parameters, no bars to decide on and no exits of its own — its alerts are
     * its exits.
     */
    private DeploymentSpec webhookSpec(InstrumentDirectory directory) {
        if (parameters != null && !parameters.isEmpty()) {
            throw new InvalidDeploymentException("parameters", "a webhook deployment has none");
        }
        if (exits != null && (exits.stopLossPercent() != null || exits.targetPercent() != null
                || exits.trailingPercent() != null)) {
            throw new InvalidDeploymentException("exits", "a webhook deployment's exits come from its alerts (EXIT)");
        }
        Sizing quantity = validSizing();
        if (!(quantity instanceof Sizing.FixedQuantity)) {
            throw new InvalidDeploymentException("sizing", "a webhook deployment is sized {quantity}: its alerts' default");
        }
        Interval unused = interval == null ? Interval.parse("1m") : validInterval();
        return new DeploymentSpec(name.strip(), strategy, Map.of(), validInstruments(directory), unused, quantity,
                product == null ? Product.INTRADAY : product, validExits());
    }

    private List<Symbol> validInstruments(InstrumentDirectory directory) {
        if (instruments == null || instruments.isEmpty() || instruments.size() > MAX_INSTRUMENTS) {
            throw new InvalidDeploymentException("instruments", "lists 1 to " + MAX_INSTRUMENTS + " instruments such as"
                    + " NSE:RELIANCE-EQ");
        }
        List<Symbol> symbols = new ArrayList<>();
        for (int i = 0; i < instruments.size(); i++) {
            String field = "instruments[" + i + "]";
            try {
                Symbol symbol = Symbol.parse(instruments.get(i));
                directory.require(symbol);
                symbols.add(symbol);
            } catch (UnknownInstrumentException | IllegalArgumentException e) {
                throw new InvalidDeploymentException(field, e.getMessage());
            }
        }
        if (new LinkedHashSet<>(symbols).size() != symbols.size()) {
            throw new InvalidDeploymentException("instruments", "lists an instrument twice");
        }
        return symbols;
    }

    private Interval validInterval() {
        try {
            Interval parsed = Interval.parse(interval == null ? "" : interval);
            if (!parsed.isIntraday()) {
                throw new InvalidDeploymentException("interval", "a deployment trades on intraday bars (1m to 1h)");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new InvalidDeploymentException("interval", e.getMessage());
        }
    }

    private Sizing validSizing() {
        if (sizing == null) {
            throw new InvalidDeploymentException("sizing", "is required: {quantity}, {capital} or {equityPercent}");
        }
        int given = (sizing.quantity() == null ? 0 : 1) + (sizing.capital() == null ? 0 : 1)
                + (sizing.equityPercent() == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidDeploymentException("sizing", "takes exactly one of quantity, capital, equityPercent");
        }
        try {
            if (sizing.quantity() != null) {
                return new Sizing.FixedQuantity(sizing.quantity());
            }
            if (sizing.capital() != null) {
                return new Sizing.FixedCapital(ApiMoney.paise("sizing.capital", sizing.capital()));
            }
            return new Sizing.PercentOfEquity(ppm("sizing.equityPercent", sizing.equityPercent()));
        } catch (IllegalArgumentException e) {
            throw new InvalidDeploymentException("sizing", e.getMessage());
        }
    }

    private DeploymentSpec.Exits validExits() {
        if (exits == null) {
            return new DeploymentSpec.Exits(0, 0, 0, Optional.empty());
        }
        Optional<LocalTime> squareOff = Optional.empty();
        if (exits.squareOffTime() != null) {
            try {
                squareOff = Optional.of(LocalTime.parse(exits.squareOffTime()));
            } catch (DateTimeParseException e) {
                throw new InvalidDeploymentException("exits.squareOffTime", "must be HH:mm (IST), got '"
                        + exits.squareOffTime() + "'");
            }
        }
        return new DeploymentSpec.Exits(optionalPpm("exits.stopLossPercent", exits.stopLossPercent()),
                optionalPpm("exits.targetPercent", exits.targetPercent()),
                optionalPpm("exits.trailingPercent", exits.trailingPercent()), squareOff);
    }

    private static long optionalPpm(String field, BigDecimal percent) {
        return percent == null ? 0 : ppm(field, percent);
    }

    /** A percentage in (0, 100) as parts per million. */
    private static long ppm(String field, BigDecimal percent) {
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new InvalidDeploymentException(field, "must lie between 0 and 100 percent, got "
                    + percent.toPlainString());
        }
        BigDecimal ppm = percent.movePointRight(4);
        if (ppm.stripTrailingZeros().scale() > 0) {
            throw new InvalidDeploymentException(field, "has more than four decimals");
        }
        return ppm.longValueExact();
    }
}
