package com.algotrading.trading.deployments;

import com.algotrading.common.orders.DeploymentId;

import java.time.Instant;
import java.util.Optional;

/**
 * A deployment as stored: its spec, whether the trader wants it running, the last risk denial of one of its orders,
 * and where it is in the bar stream.
 */
public record Deployment(DeploymentId id, DeploymentSpec spec, boolean running, Optional<String> lastDenial,
                         Optional<String> lastEventId, long barsSeen, Optional<Instant> lastBarTime, Instant createdAt,
                         Instant updatedAt) {
}
