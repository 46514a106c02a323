/**
 * The one Angel One SmartAPI REST client: login with a TOTP, token refresh, the headers every call needs, the
 * lenient response envelope, the broker's error codes and rate-limit refusals, and one shared session per client.
 * Plain Java (no Spring), so every service that talks to the broker uses it as it is. Endpoints, codes and limits:
 * {@code shared/reference/angel-one-smartapi.md}; the session policy: {@link com.algotrading.common.smartapi.SmartApiClient}.
 */
package com.algotrading.common.smartapi;
