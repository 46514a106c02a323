/**
 * One trace per request across the services: the W3C {@code traceparent} a call came with is continued (Spring MVC
 * observes every request), handed on to the calls it makes ({@link CurrentTrace}) and named in the answer, and the
 * trace and span ids are in every log line the request causes.
 */
package com.algotrading.common.service.tracing;
