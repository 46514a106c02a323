/**
 * The platform's settings from environment variables, validated before any service starts: a bad value stops
 * start-up with one line that names the variable and what it expects.
 */
package com.algotrading.common.settings;
