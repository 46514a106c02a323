/**
 * What every service's HTTP API shares: RFC 9457 problem details for every error, with a stable type per error
 * ({@link com.algotrading.common.service.web.ProblemDetailsHandler}), and the service-token check.
 */
package com.algotrading.common.service.web;
