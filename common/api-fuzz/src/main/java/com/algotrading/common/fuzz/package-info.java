/**
 * Test support: fuzzes every endpoint a running service maps (read from Spring's {@code RequestMappingHandlerMapping},
 * so a new endpoint is covered without touching a test) with requests as a new user's typos would make them, and
 * checks that none is answered with a server error and every client error is an RFC 9457 problem detail.
 */
package com.algotrading.common.fuzz;
