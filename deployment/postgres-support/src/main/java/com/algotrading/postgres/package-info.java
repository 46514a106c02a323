/**
 * Real PostgreSQL for tests and for the local platform, with no installation: {@link TestDatabases} hands each
 * test run a fresh database; {@link LocalPostgres} runs a persistent server for the one-command local platform.
 */
package com.algotrading.postgres;
