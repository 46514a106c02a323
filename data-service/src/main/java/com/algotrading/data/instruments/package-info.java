/** Reference data: the instruments the platform knows, from the bundled NIFTY 50 set or Angel One's master file. */
package com.algotrading.data.instruments;
