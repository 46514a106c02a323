package com.algotrading.trading.persistence;

import java.util.List;

/**
 * One data-modifying SQL statement and its parameters, in order: run on its own, or as a common table expression of a
 * larger statement, so that writes which must commit together cost one round trip instead of one each.
 */
public record Write(String sql, List<Object> params) {
}
