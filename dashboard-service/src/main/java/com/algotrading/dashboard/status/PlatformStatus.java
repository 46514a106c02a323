package com.algotrading.dashboard.status;

import java.util.List;

/** What the dashboard's home page shows: where the platform runs, whether it trades for real, and its services. */
record PlatformStatus(String environment, boolean paperTrading, List<ServiceHealth> services) {
}
