package com.algotrading.common.risk;

/**
 * What one order would do to the account, worked out against positions and the orders still pending.
 *
 * @param reduces       it only reduces its position, even if every pending order on that position fills first
 * @param opensPosition it opens a position where there is none and none is pending
 * @param valueAfter    the position's absolute value if this and the pending orders of its side all fill, paise
 * @param openPositions instruments with a position or a pending order
 */
public record Exposure(boolean reduces, boolean opensPosition, long valueAfter, int openPositions) {
}
