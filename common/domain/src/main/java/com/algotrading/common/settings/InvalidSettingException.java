package com.algotrading.common.settings;

/** A setting has a value the platform cannot run with. The message is one line fit for an operator. */
public final class InvalidSettingException extends RuntimeException {

    private final String variable;

    public InvalidSettingException(String variable, String message) {
        super(variable + " " + message);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
