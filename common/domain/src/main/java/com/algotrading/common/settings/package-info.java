/**
 * The platform's settings from environment variables, validated before any service starts: bad values stop
 * start-up with one line per bad variable that names it and what it expects.
 */
package com.algotrading.common.settings;
