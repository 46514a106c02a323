package com.algotrading.dashboard.accounts;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s, one step of clock drift either way), through the
 * {@code dev.samstevens.totp} library, which authenticator apps agree with.
 */
@Component
class Totp {

    private static final String ISSUER = "Algo Trading System";

    private final SecretGenerator secrets = new DefaultSecretGenerator();
    private final CodeVerifier verifier;

    Totp(Clock clock) {
        DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                () -> clock.instant().getEpochSecond());
        codes.setTimePeriod(30);
        codes.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = codes;
    }

    String newSecret() {
        return secrets.generate();
    }

    boolean verifies(String secret, String code) {
        return code.matches("\\d{6}") && verifier.isValidCode(secret, code);
    }

    /** The {@code otpauth://} URI an authenticator app takes (as a QR code, or pasted). */
    String uri(String username, String secret) {
        return new QrData.Builder().label(username).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(6).period(30).build().getUri();
    }
}
