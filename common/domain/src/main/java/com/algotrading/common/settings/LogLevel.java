package com.algotrading.common.settings;

/** The root log level ({@code LOG_LEVEL}). */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR
}
