/**
 * The market's vocabulary shared by every service: exchanges, instruments, bars, ticks, intervals, prices in
 * paise, and the NSE trading calendar.
 */
package com.algotrading.common.market;
