/**
 * The meters every service shares and where they go: tagged with {@code Environment} and {@code Service}, shown at
 * {@code /actuator/metrics} and {@code /actuator/prometheus}, and outside {@code ENVIRONMENT=local} published to
 * CloudWatch, but only the application metrics the shared list names ({@link ApplicationMetrics}), so the bill does
 * not grow with every JVM meter.
 */
package com.algotrading.common.service.metrics;
