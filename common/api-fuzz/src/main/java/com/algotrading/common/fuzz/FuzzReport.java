package com.algotrading.common.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a fuzz run sent and found.
 *
 * @param sent      requests sent
 * @param statuses  how many answers had each status
 * @param failures  one entry per distinct failure (endpoint, method, status, what was wrong) with the first request
 *                  that showed it and its answer; empty when every answer was fine
 * @param endpoints the endpoint patterns fuzzed
 * @param took      how long the run took
 */
public record FuzzReport(int sent, Map<Integer, Integer> statuses, List<String> failures, Set<String> endpoints,
                         Duration took) {

    public FuzzReport {
        statuses = Map.copyOf(statuses);
        failures = List.copyOf(failures);
        endpoints = Set.copyOf(endpoints);
    }

    /** How many answers had a status in [from, to). */
    public int answered(int from, int to) {
        return statuses.entrySet().stream().filter(entry -> entry.getKey() >= from && entry.getKey() < to)
                .mapToInt(Map.Entry::getValue).sum();
    }

    @Override
    public String toString() {
        return sent + " requests to " + endpoints.size() + " endpoints in " + took.toMillis() + " ms; statuses "
                + new TreeMap<>(statuses) + (failures.isEmpty() ? "" : "; failures:\n" + String.join("\n", failures));
    }
}
