package com.algotrading.common.settings;

/**
 * What live trading and the live market feed need to log in to Angel One: the API key, the client code, the
 * PIN and the TOTP secret (base32). None of them is ever printed.
 */
public record AngelOneCredentials(Secret apiKey, String clientId, Secret password, Secret totpSecret) {

    @Override
    public String toString() {
        return "AngelOneCredentials[clientId=" + clientId + ", apiKey=******, password=******, totpSecret=******]";
    }
}
