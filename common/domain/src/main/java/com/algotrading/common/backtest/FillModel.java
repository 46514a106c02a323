package com.algotrading.common.backtest;

/** When a signal's order fills: at the signal bar's close, or at the next bar's open (default, no look-ahead). */
public enum FillModel {
    CLOSE("close"), NEXT_OPEN("next-open");

    private final String label;

    FillModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the valid labels */
    public static FillModel parse(String label) {
        for (FillModel model : values()) {
            if (model.label.equals(label)) {
                return model;
            }
        }
        throw new IllegalArgumentException("unknown fill model \"" + label + "\"; valid: close, next-open");
    }
}
