/**
 * The one bar-file codec: the CSV of bars the backtest CLI reads, the data-service imports, answers and archives.
 * One header rule, one timestamp rule (a bare date is a daily bar at its midnight IST), one row check, one writer.
 */
package com.algotrading.common.barfiles;
