package com.algotrading.dashboard.accounts;

/** How a caller authenticated, as an authority beside its roles: the security rules tell a person from a program. */
public final class Authorities {

    /** A person logged in with the form (a browser session). */
    public static final String SESSION = "SESSION";
    /** A program that sent an API key. */
    public static final String API_KEY = "API_KEY";

    private Authorities() {
    }
}
