/** The trading service's audit log: every decision and who asked for it. */
package com.algotrading.trading.audit;
