package com.algotrading.common.market;

/** Angel One's {@code instrumenttype}; the master file leaves it empty for cash equity. */
public enum InstrumentType {
    EQUITY, INDEX, FUTIDX, FUTSTK, OPTIDX, OPTSTK, FUTCOM, OPTFUT, FUTCUR, OPTCUR, FUTIRC, OPTIRC;

    /** Maps the master file's text ({@code ""} = equity, {@code AMXIDX} = index). */
    public static InstrumentType fromMaster(String text) {
        if (text == null || text.isBlank()) {
            return EQUITY;
        }
        if ("AMXIDX".equals(text)) {
            return INDEX;
        }
        return valueOf(text);
    }

    public boolean isOption() {
        return this == OPTIDX || this == OPTSTK || this == OPTFUT || this == OPTCUR || this == OPTIRC;
    }

    public boolean isDerivative() {
        return this != EQUITY && this != INDEX;
    }
}
