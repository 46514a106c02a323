package com.algotrading.postgres;

/** Where a database is and how to log in to it. The password is never printed by {@link #toString()}. */
public record DatabaseCoordinates(String jdbcUrl, String username, String password) {

    public DatabaseCoordinates {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
    }

    /** The same server, another database on it. */
    DatabaseCoordinates withDatabase(String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return new DatabaseCoordinates(base.substring(0, slash + 1) + database + params, username, password);
    }

    @Override
    public String toString() {
        return "DatabaseCoordinates[jdbcUrl=" + jdbcUrl + ", username=" + username + "]";
    }
}
