package com.algotrading.dashboard.status;

/**
 * One service's health as seen from the dashboard.
 *
 * @param status the service's own actuator status (UP, DOWN, OUT_OF_SERVICE), or UNREACHABLE when it did not
 *               answer within the timeout
 */
record ServiceHealth(String name, String url, String status) {
}
