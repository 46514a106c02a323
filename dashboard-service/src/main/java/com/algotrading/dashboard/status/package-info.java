/** The platform's status as the dashboard sees it: mode, environment, and the health of every service. */
package com.algotrading.dashboard.status;
