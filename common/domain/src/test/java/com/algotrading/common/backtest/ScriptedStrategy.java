package com.algotrading.common.backtest;

import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;
import com.algotrading.common.strategies.Signal;
import com.algotrading.common.strategies.Strategy;

import java.util.Map;

/** A fake strategy that gives a chosen signal at chosen bar numbers. */
final class ScriptedStrategy implements Strategy {

    private final Map<Integer, Signal> script;
    private int bar;

    ScriptedStrategy(Map<Integer, Signal> script) {
        this.script = script;
    }

    @Override
    public Signal onBar(Bar closed, Position position) {
        return script.getOrDefault(bar++, Signal.NONE);
    }
}
