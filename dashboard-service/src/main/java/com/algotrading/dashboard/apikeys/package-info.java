/**
 * API keys for programs: created by a logged-in user and shown once, kept as a SHA-256 hash, scoped {@code read}
 * or {@code trade}, revocable, with their last use; sent as {@code X-API-Key}, each key rate-limited (orders and
 * everything else separately).
 */
package com.algotrading.dashboard.apikeys;
