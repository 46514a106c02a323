package com.algotrading.trading.cli;

/** An input the command cannot use (unreadable file): reported on one line, exit code 2. */
final class BadInputException extends RuntimeException {

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
