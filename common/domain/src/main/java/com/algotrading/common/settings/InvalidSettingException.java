package com.algotrading.common.settings;

import java.util.List;

/**
 * Settings have values the platform cannot run with: every bad one at once, each a line fit for an operator that
 * names the variable, so a first start-up does not become one fix per restart.
 */
public final class InvalidSettingException extends RuntimeException {

    private final List<String> problems;

    /** One bad setting: the variable, then what it must be. */
    public InvalidSettingException(String variable, String message) {
        this(List.of(variable + " " + message));
    }

    /** @param problems one line each, in the order the variables were read; at least one */
    public InvalidSettingException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Each bad setting as one line naming its variable. */
    public List<String> problems() {
        return problems;
    }
}
