/** Indian statutory and broker charges on each executed order, from dated rate schedules in {@code nse-charges.csv}. */
package com.algotrading.common.charges;
