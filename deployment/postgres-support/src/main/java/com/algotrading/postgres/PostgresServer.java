package com.algotrading.postgres;

/** A running PostgreSQL server, reached through its maintenance database (where CREATE DATABASE is issued). */
interface PostgresServer {

    DatabaseCoordinates maintenanceDatabase();

    /** Where the server came from, for the test log. */
    String description();
}
