package com.algotrading.common.risk;

import java.util.Optional;

import static com.algotrading.common.market.Rupees.format;

/** An order that adds risk needs its margin available. */
final class FundsRule implements RiskRule {

    @Override
    public String name() {
        return "insufficient-funds";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        if (account.reduces() || account.requiredFunds() <= account.availableFunds()) {
            return Optional.empty();
        }
        return Optional.of("the order needs " + format(account.requiredFunds()) + " of margin; "
                + format(account.availableFunds()) + " is available");
    }
}
